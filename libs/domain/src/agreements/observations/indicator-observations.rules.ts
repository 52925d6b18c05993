import { ensure } from '@concordat/shared-kernel';
import { dateOf, type CalendarDate } from '../../shared';
import {
  ensureCalendarDate,
  ensureFiniteNumber,
  ensureIdentifier,
  ensureText,
  FieldRule,
} from '../../shared/field-rules';
import type { ObservationData } from './indicator-observations.events';
import type {
  IndicatorFactsForObservations,
  IndicatorObservationsContext,
} from './indicator-observations.context';
import type { IndicatorObservationsState } from './indicator-observations.state';

/** Every rule of an indicator's observations, named as the sentence it enforces. */
export const ObservationRule = {
  ...FieldRule,
  IndicatorMustBelongToTheAgreement: 'ObservedIndicatorMustBelongToTheAgreement',
  IndicatorMustBelongToTheNamedPartnership: 'ObservedIndicatorMustBelongToTheNamedPartnership',
  OnlyAnActiveIndicatorTakesNewPeriods: 'OnlyAnActiveIndicatorTakesNewPeriods',
  MustBeRecordedOnItsIndicatorsStream: 'ObservationMustBeRecordedOnItsIndicatorsStream',
  ObservationIdCannotBeReused: 'ObservationIdCannotBeReused',
  PeriodIsRecordedOnceThenCorrected: 'PeriodIsRecordedOnceThenCorrected',
  CorrectionMustSupersedeTheCurrentObservation:
    'CorrectionMustSupersedeTheCurrentObservationOfItsPeriod',
  CorrectionCannotBePublishedBeforeWhatItCorrects:
    'CorrectionCannotBePublishedBeforeWhatItCorrects',
  CannotBePublishedInTheFuture: 'ObservationCannotBePublishedInTheFuture',
  CannotBePublishedBeforeItsPeriodStarts: 'ObservationCannotBePublishedBeforeItsPeriodStarts',
} as const;

type Observing = Pick<
  ObservationData,
  | 'partnershipId'
  | 'agreementId'
  | 'indicatorId'
  | 'observationId'
  | 'value'
  | 'source'
  | 'publishedOn'
>;

/**
 * What recording and correcting share: the indicator is the agreement's, of the named
 * partnership, on this stream; the id is new; the value is a number from a named source,
 * published no later than the day it is recorded.
 */
export function ensureObservable(
  data: Observing,
  state: IndicatorObservationsState,
  context: IndicatorObservationsContext,
  issuedAt: string,
): IndicatorFactsForObservations {
  const indicator = context?.indicator ?? null;
  ensure(
    indicator?.agreementId === data.agreementId && indicator.indicatorId === data.indicatorId,
    ObservationRule.IndicatorMustBelongToTheAgreement,
    `${data.indicatorId} is not an indicator of agreement ${data.agreementId}`,
    'indicatorId',
  );
  ensure(
    indicator.partnershipId === data.partnershipId,
    ObservationRule.IndicatorMustBelongToTheNamedPartnership,
    `agreement ${data.agreementId} belongs to partnership ${indicator.partnershipId}`,
    'partnershipId',
  );
  ensure(
    state.status === 'none' ||
      (state.agreementId === data.agreementId && state.indicatorId === data.indicatorId),
    ObservationRule.MustBeRecordedOnItsIndicatorsStream,
    `this stream holds the observations of another indicator`,
    'indicatorId',
  );
  ensureIdentifier(data.observationId, 'observationId');
  ensure(
    state.status === 'none' || !state.periodOfObservation.has(data.observationId),
    ObservationRule.ObservationIdCannotBeReused,
    `observation ${data.observationId} has already been recorded`,
    'observationId',
  );
  ensureFiniteNumber(data.value, 'value');
  ensureText(data.source, 'source');
  ensureCalendarDate(data.publishedOn, 'publishedOn');
  ensure(
    data.publishedOn <= dateOf(issuedAt),
    ObservationRule.CannotBePublishedInTheFuture,
    `publishedOn (${data.publishedOn}) is after the day it is recorded`,
    'publishedOn',
  );
  return indicator;
}

export function ensurePublishedAfterPeriodStart(
  publishedOn: CalendarDate,
  periodStart: CalendarDate,
): void {
  ensure(
    publishedOn >= periodStart,
    ObservationRule.CannotBePublishedBeforeItsPeriodStarts,
    `publishedOn (${publishedOn}) is before the period starts (${periodStart})`,
    'publishedOn',
  );
}
