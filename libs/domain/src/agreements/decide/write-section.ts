import { ensureText } from '../../shared/field-rules';
import type { WriteSection } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementEvent } from '../agreement.events';
import { ensureSectionFor } from '../agreement.rules';
import type { AgreementState } from '../agreement.state';
import { contentChange, recordChange } from './content-change';

/**
 * Only the local priority is required: the profile, causes and trends are written as evidence
 * comes in, and not every national outcome has a local story to tell.
 */
export function writeSection(
  command: WriteSection,
  state: AgreementState,
  context: AgreementContext,
): AgreementEvent[] {
  const change = contentChange(state, command.data, context);
  const { partnershipId, agreementId, nationalOutcomeId } = command.data;
  ensureSectionFor(change.agreement, nationalOutcomeId);
  ensureText(command.data.localPriority, 'localPriority');
  const crossReferences = command.data.crossReferences.map(({ plan, reference }, index) => {
    ensureText(plan, `crossReferences[${index}].plan`);
    ensureText(reference, `crossReferences[${index}].reference`);
    return { plan: plan.trim(), reference: reference.trim() };
  });
  return recordChange(
    change,
    {
      type: 'SectionWritten',
      schemaVersion: 1,
      data: {
        partnershipId,
        agreementId,
        nationalOutcomeId,
        localPriority: command.data.localPriority.trim(),
        areaProfile: command.data.areaProfile.trim(),
        keyLocalCauses: command.data.keyLocalCauses.trim(),
        pastTrends: command.data.pastTrends.trim(),
        crossReferences,
        decision: change.decision,
      },
    },
    `Section for national outcome ${nationalOutcomeId} rewritten`,
  );
}
