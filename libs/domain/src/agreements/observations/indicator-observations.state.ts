import { assertNever } from '@concordat/shared-kernel';
import type { CalendarDate } from '../../shared';
import type { IndicatorObservationEvent } from './indicator-observations.events';

export interface IndicatorObservation {
  readonly observationId: string;
  readonly value: number;
  readonly source: string;
  readonly publishedOn: CalendarDate;
  /** The observation this one corrects, and why; null for the first value of a period. */
  readonly supersedes: string | null;
  readonly reason: string | null;
}

export interface ObservedPeriod {
  readonly period: string;
  readonly periodStart: CalendarDate;
  readonly periodEnd: CalendarDate;
  /** The first value, then each correction of the one before: the last is the current value. */
  readonly observations: readonly IndicatorObservation[];
}

export type IndicatorObservationsState =
  | { readonly status: 'none' }
  | {
      readonly status: 'observed';
      readonly partnershipId: string;
      readonly agreementId: string;
      readonly indicatorId: string;
      readonly periods: ReadonlyMap<string, ObservedPeriod>;
      /** The period of every observation id ever used, so none is used twice. */
      readonly periodOfObservation: ReadonlyMap<string, string>;
    };

export const initialIndicatorObservationsState = (): IndicatorObservationsState => ({
  status: 'none',
});

export function evolveIndicatorObservations(
  state: IndicatorObservationsState,
  event: IndicatorObservationEvent,
): IndicatorObservationsState {
  const { partnershipId, agreementId, indicatorId, observationId, period } = event.data;
  const { value, source, publishedOn } = event.data;
  const observed =
    state.status === 'observed'
      ? state
      : {
          status: 'observed' as const,
          partnershipId,
          agreementId,
          indicatorId,
          periods: new Map<string, ObservedPeriod>(),
          periodOfObservation: new Map<string, string>(),
        };
  const earlier = observed.periods.get(period);
  let observations: readonly IndicatorObservation[];
  switch (event.type) {
    case 'IndicatorObservationRecorded':
      observations = [
        { observationId, value, source, publishedOn, supersedes: null, reason: null },
      ];
      break;
    case 'IndicatorObservationCorrected': {
      const { supersedes, reason } = event.data;
      observations = [
        ...(earlier?.observations ?? []),
        { observationId, value, source, publishedOn, supersedes, reason },
      ];
      break;
    }
    default:
      return assertNever(event, 'indicator observation event');
  }
  const { periodStart, periodEnd } = event.data;
  return {
    ...observed,
    periods: new Map(observed.periods).set(period, {
      period,
      periodStart,
      periodEnd,
      observations,
    }),
    periodOfObservation: new Map(observed.periodOfObservation).set(observationId, period),
  };
}
