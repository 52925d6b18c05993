import type { FrameworkVersionState } from '../frameworks';
import type { PartnershipState } from '../partnerships';
import type { DecisionFacts } from '../shared';

/** The framework version DraftAgreement names, as its own stream has it. */
export interface FrameworkFactsForAgreements {
  readonly frameworkVersionId: string;
  readonly status: 'published' | 'superseded';
  /** In outcome-number order, so sections follow the framework. */
  readonly nationalOutcomeIds: readonly string[];
  readonly nationalIndicatorIds: readonly string[];
  readonly localIndicatorMenuIds: readonly string[];
}

/** The drafting partnership, as its own stream has it; null when it has not been established. */
export interface PartnershipFactsForAgreements {
  readonly status: 'established';
  /** Current (not withdrawn) partners of the council sector. */
  readonly councilPartnerIds: readonly string[];
}

/** Looked up for DraftAgreement. */
export interface DraftingContext {
  readonly framework: FrameworkFactsForAgreements | null;
  readonly partnership: PartnershipFactsForAgreements | null;
}

/**
 * Looked up for every change to an agreed agreement (content changes, supersede, close): the
 * facts of the decision the command references, null when it references nothing recorded.
 */
export interface AmendmentContext {
  readonly decision: DecisionFacts | null;
}

/**
 * What the decider receives. Each command reads only its own part, and a part that was not
 * looked up reads as not found, so a handler that forgets a lookup is refused, never waved
 * through. Commands that need no facts from elsewhere take no context.
 */
export type AgreementContext = Partial<DraftingContext & AmendmentContext> | undefined;

/**
 * Built by DraftAgreement's handler from the streams of the framework version (by
 * frameworkVersionId) and of the partnership (by partnershipId).
 */
export function draftingContextFrom(
  framework: FrameworkVersionState,
  partnership: PartnershipState,
): DraftingContext {
  return {
    framework:
      framework.status === 'none'
        ? null
        : {
            frameworkVersionId: framework.version.frameworkVersionId,
            status: framework.status,
            nationalOutcomeIds: [...framework.version.nationalOutcomes]
              .sort((a, b) => a.number - b.number)
              .map((outcome) => outcome.id),
            nationalIndicatorIds: framework.version.nationalIndicators.map((i) => i.id),
            localIndicatorMenuIds: framework.version.localIndicatorMenu.map((i) => i.id),
          },
    partnership:
      partnership.status === 'none'
        ? null
        : {
            status: partnership.status,
            councilPartnerIds: [...partnership.partners.values()]
              .filter((partner) => partner.status === 'current' && partner.sector === 'council')
              .map((partner) => partner.partnerId),
          },
  };
}
