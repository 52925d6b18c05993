import { assertNever, ensure, RuleViolation } from '@concordat/shared-kernel';
import type { DecisionReference } from '../../shared';
import type { AgreementContext } from '../agreement.context';
import type { AgreementAmended, AgreementEvent, AgreementOf } from '../agreement.events';
import {
  AgreementRule,
  endedAgreementViolation,
  ensureApprovedByDecision,
  ensureDrafted,
} from '../agreement.rules';
import type { AgreementState, DraftedAgreement } from '../agreement.state';

/** A change to what the agreement says, cleared to go ahead. */
export interface ContentChange {
  readonly agreement: DraftedAgreement;
  /** The decision that approved it once the agreement is agreed; null while it is a draft. */
  readonly decision: DecisionReference | null;
}

/**
 * Where every content change passes: free while the agreement is a draft, frozen once it is
 * submitted for signature, and by board decision only once it is agreed.
 */
export function contentChange(
  state: AgreementState,
  data: AgreementOf & { readonly decision?: DecisionReference | null },
  context: AgreementContext,
): ContentChange {
  const agreement = ensureDrafted(state, data.partnershipId);
  switch (agreement.status) {
    case 'draft':
      return { agreement, decision: ensureNoDecisionWhileDraft(data.decision) };
    case 'submitted':
      throw new RuleViolation(
        AgreementRule.ContentOfASubmittedAgreementIsFrozen,
        'a submitted agreement changes only once it is agreed or returned to draft',
        'agreementId',
      );
    case 'agreed':
      return { agreement, decision: ensureApprovedByDecision(agreement, data.decision, context) };
    case 'superseded':
    case 'closed':
      throw endedAgreementViolation(agreement);
    default:
      return assertNever(agreement.status, 'agreement status');
  }
}

/**
 * A decision is verified only against an agreed agreement; recording one on a draft would put an
 * unchecked reference into the history that auditors rely on.
 */
export function ensureNoDecisionWhileDraft(decision: DecisionReference | null | undefined): null {
  ensure(
    decision === null || decision === undefined,
    AgreementRule.OnlyAnAgreedAgreementChangesByDecision,
    'a draft changes without a board decision; decisions approve amendments to agreed agreements',
    'decision',
  );
  return null;
}

/** The change, followed once the agreement is agreed by the amendment it makes. */
export function recordChange<E extends AgreementEvent>(
  change: ContentChange,
  event: E,
  summary: string,
): [E] | [E, AgreementAmended] {
  if (change.decision === null) return [event];
  const { partnershipId, agreementId, amendments } = change.agreement;
  return [
    event,
    {
      type: 'AgreementAmended',
      schemaVersion: 1,
      data: {
        partnershipId,
        agreementId,
        amendmentNumber: amendments + 1,
        decision: change.decision,
        summary,
      },
    },
  ];
}
