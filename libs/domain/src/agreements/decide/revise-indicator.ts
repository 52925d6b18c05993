import type { ReviseIndicator } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementEvent } from '../agreement.events';
import { ensureActiveIndicator } from '../agreement.rules';
import type { AgreementState } from '../agreement.state';
import { contentChange, recordChange } from './content-change';
import { indicatorDefinitionFrom } from './indicator-definition';

/** Restates the whole definition; which outcome it tracks stays (retire and add to move it). */
export function reviseIndicator(
  command: ReviseIndicator,
  state: AgreementState,
  context: AgreementContext,
): AgreementEvent[] {
  const change = contentChange(state, command.data, context);
  const { partnershipId, agreementId, indicatorId } = command.data;
  ensureActiveIndicator(change.agreement, indicatorId);
  const definition = indicatorDefinitionFrom(command.data, change.agreement);
  return recordChange(
    change,
    {
      type: 'IndicatorRevised',
      schemaVersion: 1,
      data: { partnershipId, agreementId, indicatorId, ...definition, decision: change.decision },
    },
    `Indicator ${indicatorId} revised: ${definition.title}`,
  );
}
