import { ensureText } from '../../shared/field-rules';
import type { RetireIndicator } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementEvent } from '../agreement.events';
import { ensureActiveIndicator } from '../agreement.rules';
import type { AgreementState } from '../agreement.state';
import { contentChange, recordChange } from './content-change';

/** Its observations stay on record; new ones are no longer taken. */
export function retireIndicator(
  command: RetireIndicator,
  state: AgreementState,
  context: AgreementContext,
): AgreementEvent[] {
  const change = contentChange(state, command.data, context);
  const { partnershipId, agreementId, indicatorId, reason } = command.data;
  ensureActiveIndicator(change.agreement, indicatorId);
  ensureText(reason, 'reason');
  return recordChange(
    change,
    {
      type: 'IndicatorRetired',
      schemaVersion: 1,
      data: {
        partnershipId,
        agreementId,
        indicatorId,
        reason: reason.trim(),
        decision: change.decision,
      },
    },
    `Indicator ${indicatorId} retired: ${reason.trim()}`,
  );
}
