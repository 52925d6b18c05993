import { ensureText } from '../../shared/field-rules';
import type { ReviseIntermediateOutcome } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementEvent } from '../agreement.events';
import { ensureActiveIntermediateOutcome } from '../agreement.rules';
import type { AgreementState } from '../agreement.state';
import { contentChange, recordChange } from './content-change';

export function reviseIntermediateOutcome(
  command: ReviseIntermediateOutcome,
  state: AgreementState,
  context: AgreementContext,
): AgreementEvent[] {
  const change = contentChange(state, command.data, context);
  const { partnershipId, agreementId, intermediateOutcomeId } = command.data;
  const outcome = ensureActiveIntermediateOutcome(change.agreement, intermediateOutcomeId);
  ensureText(command.data.title, 'title');
  const title = command.data.title.trim();
  return recordChange(
    change,
    {
      type: 'IntermediateOutcomeRevised',
      schemaVersion: 1,
      data: {
        partnershipId,
        agreementId,
        localOutcomeId: outcome.localOutcomeId,
        intermediateOutcomeId,
        title,
        decision: change.decision,
      },
    },
    `Intermediate outcome ${intermediateOutcomeId} revised: ${title}`,
  );
}
