import type { AgreementState, ItemStatus } from '../agreement.state';

/** The observed indicator, as its agreement's stream has it. */
export interface IndicatorFactsForObservations {
  readonly partnershipId: string;
  readonly agreementId: string;
  readonly indicatorId: string;
  readonly status: ItemStatus;
}

/**
 * What the decider receives for both commands; a part that was not looked up reads as not
 * found, so a handler that forgets the lookup is refused.
 */
export type IndicatorObservationsContext =
  { readonly indicator?: IndicatorFactsForObservations | null } | undefined;

/** Built by the handler from the stream of the agreement the command names (by agreementId). */
export function indicatorObservationsContextFrom(
  agreement: AgreementState,
  indicatorId: string,
): { indicator: IndicatorFactsForObservations | null } {
  const indicator = agreement.status === 'none' ? undefined : agreement.indicators.get(indicatorId);
  if (agreement.status === 'none' || !indicator) return { indicator: null };
  return {
    indicator: {
      partnershipId: agreement.partnershipId,
      agreementId: agreement.agreementId,
      indicatorId,
      status: indicator.status,
    },
  };
}
