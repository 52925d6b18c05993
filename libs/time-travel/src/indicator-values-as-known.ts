import {
  asKnownOn,
  indicatorObservationsDecider,
  indicatorObservationsStreamId,
  valueForPeriod,
  type CalendarDate,
  type IndicatorObservation,
  type IndicatorObservationEvent,
  type IndicatorObservationsState,
} from '@concordat/domain';
import { recordedEventOf, type RecordedEvent } from './recorded-event';
import type { StreamFold } from './stream-fold';
import type { StreamHistory } from './stream-history';

/** An observation with the event that recorded it (or the correction that did). */
export interface RecordedObservation extends IndicatorObservation {
  readonly event: RecordedEvent;
}

/** One period's value as it could be known on a date, against its value now. */
export interface PeriodAsKnown {
  readonly period: string;
  readonly periodStart: CalendarDate;
  readonly periodEnd: CalendarDate;
  /** The latest value published on or before the date; null if none was yet. */
  readonly asKnown: RecordedObservation | null;
  /** The latest value published at all: the first, or its last correction. */
  readonly current: RecordedObservation;
  /** The values published after the date, oldest first: what has changed the value since. */
  readonly publishedSince: readonly RecordedObservation[];
}

interface ObservationsRecord {
  readonly observations: IndicatorObservationsState;
  readonly recordedBy: ReadonlyMap<string, RecordedEvent>;
}

const observationsFold: StreamFold<ObservationsRecord> = {
  name: 'indicator-observations',
  upcasters: [],
  initialState: () => ({
    observations: indicatorObservationsDecider.initialState(),
    recordedBy: new Map(),
  }),
  evolve: (record, event, stored) => ({
    observations: indicatorObservationsDecider.evolve(
      record.observations,
      event as IndicatorObservationEvent,
    ),
    recordedBy: new Map(record.recordedBy).set(
      (event as IndicatorObservationEvent).data.observationId,
      recordedEventOf(stored),
    ),
  }),
};

/**
 * Bitemporal: each observed period of an indicator as it could be known on `date` (by the dates
 * its values were published, as the domain's asKnownOn has it) beside its value now, with every
 * value published since, each with the event that recorded it. Periods by start, then label.
 */
export async function indicatorValuesAsKnownOn(
  history: StreamHistory,
  agreementId: string,
  indicatorId: string,
  date: CalendarDate,
): Promise<PeriodAsKnown[]> {
  const streamId = indicatorObservationsStreamId(agreementId, indicatorId);
  const revision = await history.lastRevision(streamId);
  if (revision === null) return [];
  const snapshot = await history.snapshotAt(observationsFold, streamId, { revision });
  const { observations, recordedBy } = snapshot?.state ?? observationsFold.initialState();
  if (observations.status === 'none') return [];
  const recorded = (observation: IndicatorObservation): RecordedObservation => {
    const event = recordedBy.get(observation.observationId);
    if (!event) throw new Error(`no event recorded observation ${observation.observationId}`);
    return { ...observation, event };
  };
  return [...observations.periods.values()]
    .sort((a, b) => compare(a.periodStart, b.periodStart) || compare(a.period, b.period))
    .flatMap(({ period, periodStart, periodEnd, observations: values }) => {
      const current = valueForPeriod(observations, period);
      if (!current) return [];
      const known = asKnownOn(observations, period, date);
      return [
        {
          period,
          periodStart,
          periodEnd,
          asKnown: known && recorded(known),
          current: recorded(current),
          publishedSince: values.filter((value) => value.publishedOn > date).map(recorded),
        },
      ];
    });
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
