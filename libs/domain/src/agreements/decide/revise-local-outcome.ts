import { ensureText } from '../../shared/field-rules';
import type { ReviseLocalOutcome } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementEvent } from '../agreement.events';
import { ensureActiveLocalOutcome } from '../agreement.rules';
import type { AgreementState } from '../agreement.state';
import { contentChange, recordChange } from './content-change';

export function reviseLocalOutcome(
  command: ReviseLocalOutcome,
  state: AgreementState,
  context: AgreementContext,
): AgreementEvent[] {
  const change = contentChange(state, command.data, context);
  const { partnershipId, agreementId, localOutcomeId } = command.data;
  const outcome = ensureActiveLocalOutcome(change.agreement, localOutcomeId);
  ensureText(command.data.title, 'title');
  ensureText(command.data.description, 'description');
  const title = command.data.title.trim();
  return recordChange(
    change,
    {
      type: 'LocalOutcomeRevised',
      schemaVersion: 1,
      data: {
        partnershipId,
        agreementId,
        nationalOutcomeId: outcome.nationalOutcomeId,
        localOutcomeId,
        title,
        description: command.data.description.trim(),
        decision: change.decision,
      },
    },
    `Local outcome ${localOutcomeId} revised: ${title}`,
  );
}
