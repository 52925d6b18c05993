import { ensureText } from '../../shared/field-rules';
import type { CloseAgreement } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementClosed } from '../agreement.events';
import {
  ensureApprovedByDecision,
  ensureDrafted,
  ensureEndsAfterAgreement,
  ensureNotEnded,
} from '../agreement.rules';
import type { AgreementState } from '../agreement.state';
import { ensureNoDecisionWhileDraft } from './content-change';

/**
 * Ends an agreement without a successor: at the end of its period, or a draft that is abandoned.
 * Once agreed, that takes a board decision like any other change.
 */
export function closeAgreement(
  command: CloseAgreement,
  state: AgreementState,
  context: AgreementContext,
): [AgreementClosed] {
  const agreement = ensureDrafted(state, command.data.partnershipId);
  ensureNotEnded(agreement);
  const { partnershipId, agreementId, reason, on } = command.data;
  ensureText(reason, 'reason');
  ensureEndsAfterAgreement(agreement, on);
  const decision =
    agreement.status === 'agreed'
      ? ensureApprovedByDecision(agreement, command.data.decision, context)
      : ensureNoDecisionWhileDraft(command.data.decision);
  return [
    {
      type: 'AgreementClosed',
      schemaVersion: 1,
      data: { partnershipId, agreementId, reason: reason.trim(), on, decision },
    },
  ];
}
