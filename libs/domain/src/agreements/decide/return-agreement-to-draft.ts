import { ensure } from '@concordat/shared-kernel';
import { ensureText } from '../../shared/field-rules';
import type { ReturnAgreementToDraft } from '../agreement.commands';
import type { AgreementReturnedToDraft } from '../agreement.events';
import { AgreementRule, ensureDrafted } from '../agreement.rules';
import type { AgreementState } from '../agreement.state';

export function returnAgreementToDraft(
  command: ReturnAgreementToDraft,
  state: AgreementState,
): [AgreementReturnedToDraft] {
  const agreement = ensureDrafted(state, command.data.partnershipId);
  ensure(
    agreement.status === 'submitted',
    AgreementRule.OnlyASubmittedAgreementReturnsToDraft,
    `agreement ${agreement.agreementId} is ${agreement.status}, not submitted`,
    'agreementId',
  );
  ensureText(command.data.reason, 'reason');
  const { partnershipId, agreementId, reason } = command.data;
  return [
    {
      type: 'AgreementReturnedToDraft',
      schemaVersion: 1,
      data: { partnershipId, agreementId, reason: reason.trim() },
    },
  ];
}
