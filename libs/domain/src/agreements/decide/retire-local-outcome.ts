import { ensure } from '@concordat/shared-kernel';
import { ensureText } from '../../shared/field-rules';
import type { RetireLocalOutcome } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementEvent } from '../agreement.events';
import { activeIndicatorsOf, AgreementRule, ensureActiveLocalOutcome } from '../agreement.rules';
import type { AgreementState } from '../agreement.state';
import { contentChange, recordChange } from './content-change';

/**
 * An outcome is retired only once nothing under it is still tracked, so no active indicator or
 * intermediate outcome is left hanging from a retired one.
 */
export function retireLocalOutcome(
  command: RetireLocalOutcome,
  state: AgreementState,
  context: AgreementContext,
): AgreementEvent[] {
  const change = contentChange(state, command.data, context);
  const { partnershipId, agreementId, localOutcomeId, reason } = command.data;
  ensureActiveLocalOutcome(change.agreement, localOutcomeId);
  const activeIntermediates = [...change.agreement.intermediateOutcomes.values()].filter(
    (outcome) => outcome.status === 'active' && outcome.localOutcomeId === localOutcomeId,
  );
  const activeIndicators = activeIndicatorsOf(
    change.agreement,
    (indicator) => indicator.localOutcomeId === localOutcomeId,
  );
  ensure(
    activeIntermediates.length === 0 && activeIndicators.length === 0,
    AgreementRule.OutcomeCannotBeRetiredWhileItHasActiveDependants,
    `retire first what still tracks ${localOutcomeId}: ` +
      [
        ...activeIntermediates.map((o) => o.intermediateOutcomeId),
        ...activeIndicators.map((i) => i.indicatorId),
      ].join(', '),
    'localOutcomeId',
  );
  ensureText(reason, 'reason');
  return recordChange(
    change,
    {
      type: 'LocalOutcomeRetired',
      schemaVersion: 1,
      data: {
        partnershipId,
        agreementId,
        localOutcomeId,
        reason: reason.trim(),
        decision: change.decision,
      },
    },
    `Local outcome ${localOutcomeId} retired: ${reason.trim()}`,
  );
}
