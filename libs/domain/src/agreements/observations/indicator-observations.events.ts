import type { DomainEvent } from '@concordat/shared-kernel';
import type { CalendarDate } from '../../shared';

/**
 * One value of an indicator, with its two times: the period it describes, and the date it was
 * published, from which on it could be known.
 */
export interface ObservationData {
  readonly partnershipId: string;
  readonly agreementId: string;
  readonly indicatorId: string;
  readonly observationId: string;
  /** As the source labels it, e.g. "2009-10". */
  readonly period: string;
  readonly periodStart: CalendarDate;
  readonly periodEnd: CalendarDate;
  readonly value: number;
  readonly source: string;
  readonly publishedOn: CalendarDate;
}

/** The first value published for a period. */
export type IndicatorObservationRecorded = DomainEvent<
  'IndicatorObservationRecorded',
  ObservationData,
  1
>;

/** A later value for the same period replacing the one it names; that one stays on record. */
export type IndicatorObservationCorrected = DomainEvent<
  'IndicatorObservationCorrected',
  ObservationData & { supersedes: string; reason: string },
  1
>;

export type IndicatorObservationEvent =
  IndicatorObservationRecorded | IndicatorObservationCorrected;
