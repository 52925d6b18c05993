import { ensureIdentifier, ensureText } from '../../shared/field-rules';
import type { AddIntermediateOutcome } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementEvent } from '../agreement.events';
import { ensureActiveLocalOutcome, ensureNewOutcomeId } from '../agreement.rules';
import type { AgreementState } from '../agreement.state';
import { contentChange, recordChange } from './content-change';

export function addIntermediateOutcome(
  command: AddIntermediateOutcome,
  state: AgreementState,
  context: AgreementContext,
): AgreementEvent[] {
  const change = contentChange(state, command.data, context);
  const { partnershipId, agreementId, localOutcomeId, intermediateOutcomeId } = command.data;
  ensureActiveLocalOutcome(change.agreement, localOutcomeId);
  ensureIdentifier(intermediateOutcomeId, 'intermediateOutcomeId');
  ensureNewOutcomeId(change.agreement, intermediateOutcomeId, 'intermediateOutcomeId');
  ensureText(command.data.title, 'title');
  const title = command.data.title.trim();
  return recordChange(
    change,
    {
      type: 'IntermediateOutcomeAdded',
      schemaVersion: 1,
      data: {
        partnershipId,
        agreementId,
        localOutcomeId,
        intermediateOutcomeId,
        title,
        decision: change.decision,
      },
    },
    `Intermediate outcome ${intermediateOutcomeId} added under ${localOutcomeId}: ${title}`,
  );
}
