import { ensure } from '@concordat/shared-kernel';
import { ensureIdentifier } from '../../shared/field-rules';
import type { AddIndicator } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementEvent } from '../agreement.events';
import { AgreementRule } from '../agreement.rules';
import type { AgreementState, DraftedAgreement } from '../agreement.state';
import { contentChange, recordChange } from './content-change';
import { indicatorDefinitionFrom } from './indicator-definition';

export function addIndicator(
  command: AddIndicator,
  state: AgreementState,
  context: AgreementContext,
): AgreementEvent[] {
  const change = contentChange(state, command.data, context);
  const { partnershipId, agreementId, indicatorId, outcomeId } = command.data;
  ensureIdentifier(indicatorId, 'indicatorId');
  ensure(
    !change.agreement.indicators.has(indicatorId),
    AgreementRule.IndicatorCannotBeAddedTwice,
    `indicator ${indicatorId} has already been added to this agreement`,
    'indicatorId',
  );
  const tracks = trackedOutcome(change.agreement, outcomeId);
  const definition = indicatorDefinitionFrom(command.data, change.agreement);
  return recordChange(
    change,
    {
      type: 'IndicatorAdded',
      schemaVersion: 1,
      data: {
        partnershipId,
        agreementId,
        indicatorId,
        ...tracks,
        ...definition,
        decision: change.decision,
      },
    },
    `Indicator ${indicatorId} added to ${outcomeId}: ${definition.title}`,
  );
}

/** An indicator tracks a local outcome directly, or through one of its intermediate outcomes. */
function trackedOutcome(
  agreement: DraftedAgreement,
  outcomeId: string,
): { localOutcomeId: string; intermediateOutcomeId: string | null } {
  if (agreement.localOutcomes.get(outcomeId)?.status === 'active') {
    return { localOutcomeId: outcomeId, intermediateOutcomeId: null };
  }
  const intermediate = agreement.intermediateOutcomes.get(outcomeId);
  ensure(
    intermediate?.status === 'active',
    AgreementRule.IndicatorMustTrackAnActiveOutcome,
    `${outcomeId} is not an active local or intermediate outcome of this agreement`,
    'outcomeId',
  );
  return { localOutcomeId: intermediate.localOutcomeId, intermediateOutcomeId: outcomeId };
}
