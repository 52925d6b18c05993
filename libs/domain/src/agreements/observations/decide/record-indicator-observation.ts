import { ensure } from '@concordat/shared-kernel';
import { ensurePeriod, ensureText } from '../../../shared/field-rules';
import type { RecordIndicatorObservation } from '../indicator-observations.commands';
import type { IndicatorObservationsContext } from '../indicator-observations.context';
import type { IndicatorObservationRecorded } from '../indicator-observations.events';
import {
  ensureObservable,
  ensurePublishedAfterPeriodStart,
  ObservationRule,
} from '../indicator-observations.rules';
import type { IndicatorObservationsState } from '../indicator-observations.state';

/** A retired indicator takes no new periods, though what it recorded can still be corrected. */
export function recordIndicatorObservation(
  command: RecordIndicatorObservation,
  state: IndicatorObservationsState,
  context: IndicatorObservationsContext,
): [IndicatorObservationRecorded] {
  const data = command.data;
  const indicator = ensureObservable(data, state, context, command.metadata.issuedAt);
  ensure(
    indicator.status === 'active',
    ObservationRule.OnlyAnActiveIndicatorTakesNewPeriods,
    `indicator ${data.indicatorId} has been retired`,
    'indicatorId',
  );
  ensureText(data.period, 'period');
  const period = data.period.trim();
  ensure(
    state.status === 'none' || !state.periods.has(period),
    ObservationRule.PeriodIsRecordedOnceThenCorrected,
    `period ${period} already has a value: correct it instead`,
    'period',
  );
  ensurePeriod(data.periodStart, data.periodEnd, { start: 'periodStart', end: 'periodEnd' });
  ensurePublishedAfterPeriodStart(data.publishedOn, data.periodStart);
  return [
    {
      type: 'IndicatorObservationRecorded',
      schemaVersion: 1,
      data: {
        partnershipId: data.partnershipId,
        agreementId: data.agreementId,
        indicatorId: data.indicatorId,
        observationId: data.observationId,
        period,
        periodStart: data.periodStart,
        periodEnd: data.periodEnd,
        value: data.value,
        source: data.source.trim(),
        publishedOn: data.publishedOn,
      },
    },
  ];
}
