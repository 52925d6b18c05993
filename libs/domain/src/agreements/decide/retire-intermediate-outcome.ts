import { ensure } from '@concordat/shared-kernel';
import { ensureText } from '../../shared/field-rules';
import type { RetireIntermediateOutcome } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementEvent } from '../agreement.events';
import {
  activeIndicatorsOf,
  AgreementRule,
  ensureActiveIntermediateOutcome,
} from '../agreement.rules';
import type { AgreementState } from '../agreement.state';
import { contentChange, recordChange } from './content-change';

export function retireIntermediateOutcome(
  command: RetireIntermediateOutcome,
  state: AgreementState,
  context: AgreementContext,
): AgreementEvent[] {
  const change = contentChange(state, command.data, context);
  const { partnershipId, agreementId, intermediateOutcomeId, reason } = command.data;
  ensureActiveIntermediateOutcome(change.agreement, intermediateOutcomeId);
  const activeIndicators = activeIndicatorsOf(
    change.agreement,
    (indicator) => indicator.intermediateOutcomeId === intermediateOutcomeId,
  );
  ensure(
    activeIndicators.length === 0,
    AgreementRule.OutcomeCannotBeRetiredWhileItHasActiveDependants,
    `retire first the indicators that still track ${intermediateOutcomeId}: ` +
      activeIndicators.map((i) => i.indicatorId).join(', '),
    'intermediateOutcomeId',
  );
  ensureText(reason, 'reason');
  return recordChange(
    change,
    {
      type: 'IntermediateOutcomeRetired',
      schemaVersion: 1,
      data: {
        partnershipId,
        agreementId,
        intermediateOutcomeId,
        reason: reason.trim(),
        decision: change.decision,
      },
    },
    `Intermediate outcome ${intermediateOutcomeId} retired: ${reason.trim()}`,
  );
}
