import { ensureIdentifier, ensureText } from '../../shared/field-rules';
import type { AddLocalOutcome } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementEvent } from '../agreement.events';
import { ensureNewOutcomeId, ensureSectionFor } from '../agreement.rules';
import type { AgreementState } from '../agreement.state';
import { contentChange, recordChange } from './content-change';

export function addLocalOutcome(
  command: AddLocalOutcome,
  state: AgreementState,
  context: AgreementContext,
): AgreementEvent[] {
  const change = contentChange(state, command.data, context);
  const { partnershipId, agreementId, nationalOutcomeId, localOutcomeId } = command.data;
  ensureSectionFor(change.agreement, nationalOutcomeId);
  ensureIdentifier(localOutcomeId, 'localOutcomeId');
  ensureNewOutcomeId(change.agreement, localOutcomeId, 'localOutcomeId');
  ensureText(command.data.title, 'title');
  ensureText(command.data.description, 'description');
  const title = command.data.title.trim();
  return recordChange(
    change,
    {
      type: 'LocalOutcomeAdded',
      schemaVersion: 1,
      data: {
        partnershipId,
        agreementId,
        nationalOutcomeId,
        localOutcomeId,
        title,
        description: command.data.description.trim(),
        decision: change.decision,
      },
    },
    `Local outcome ${localOutcomeId} added under national outcome ${nationalOutcomeId}: ${title}`,
  );
}
