import type { CalendarDate } from '../../shared';
import type {
  IndicatorObservation,
  IndicatorObservationsState,
} from './indicator-observations.state';

function observationsOf(
  state: IndicatorObservationsState,
  period: string,
): readonly IndicatorObservation[] {
  return state.status === 'observed' ? (state.periods.get(period)?.observations ?? []) : [];
}

/** The current value for a period: the latest correction, or the first value if never corrected. */
export function valueForPeriod(
  state: IndicatorObservationsState,
  period: string,
): IndicatorObservation | null {
  return observationsOf(state, period).at(-1) ?? null;
}

/**
 * The value for a period as it could be known on a date: the latest of those published on or
 * before it, null if nothing was yet. Corrections are never published before what they
 * correct, so that is the last such one in order; a board's view at its meeting is reproducible.
 */
export function asKnownOn(
  state: IndicatorObservationsState,
  period: string,
  date: CalendarDate,
): IndicatorObservation | null {
  return observationsOf(state, period).findLast((o) => o.publishedOn <= date) ?? null;
}
