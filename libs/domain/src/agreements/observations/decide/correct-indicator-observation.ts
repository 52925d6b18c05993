import { ensure } from '@concordat/shared-kernel';
import { ensureText } from '../../../shared/field-rules';
import type { CorrectIndicatorObservation } from '../indicator-observations.commands';
import type { IndicatorObservationsContext } from '../indicator-observations.context';
import type { IndicatorObservationCorrected } from '../indicator-observations.events';
import { ensureObservable, ObservationRule } from '../indicator-observations.rules';
import type {
  IndicatorObservation,
  IndicatorObservationsState,
  ObservedPeriod,
} from '../indicator-observations.state';

/**
 * Nothing recorded is edited: a correction is a new observation that supersedes the current one
 * of its period, so each period's values form one line, oldest first.
 */
export function correctIndicatorObservation(
  command: CorrectIndicatorObservation,
  state: IndicatorObservationsState,
  context: IndicatorObservationsContext,
): [IndicatorObservationCorrected] {
  const data = command.data;
  ensureObservable(data, state, context, command.metadata.issuedAt);
  const current = currentObservation(state, data.supersedes);
  ensure(
    current !== null,
    ObservationRule.CorrectionMustSupersedeTheCurrentObservation,
    `${data.supersedes} is not the current value of any period: correct the latest one`,
    'supersedes',
  );
  const { observed, observation } = current;
  ensure(
    data.publishedOn >= observation.publishedOn,
    ObservationRule.CorrectionCannotBePublishedBeforeWhatItCorrects,
    `publishedOn must not be before ${observation.publishedOn}, when ${data.supersedes} was published`,
    'publishedOn',
  );
  ensureText(data.reason, 'reason');
  return [
    {
      type: 'IndicatorObservationCorrected',
      schemaVersion: 1,
      data: {
        partnershipId: data.partnershipId,
        agreementId: data.agreementId,
        indicatorId: data.indicatorId,
        observationId: data.observationId,
        period: observed.period,
        periodStart: observed.periodStart,
        periodEnd: observed.periodEnd,
        value: data.value,
        source: data.source.trim(),
        publishedOn: data.publishedOn,
        supersedes: data.supersedes,
        reason: data.reason.trim(),
      },
    },
  ];
}

/** The observation, if it is the current value of its period, with that period. */
function currentObservation(
  state: IndicatorObservationsState,
  observationId: string,
): { observed: ObservedPeriod; observation: IndicatorObservation } | null {
  if (state.status === 'none') return null;
  const observed = state.periods.get(state.periodOfObservation.get(observationId) ?? '');
  const observation = observed?.observations.at(-1);
  return observed && observation?.observationId === observationId
    ? { observed, observation }
    : null;
}
