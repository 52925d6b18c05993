import { ensure } from '@concordat/shared-kernel';
import { ensureIdentifier } from '../../shared/field-rules';
import type { SupersedeAgreement } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementSuperseded } from '../agreement.events';
import {
  AgreementRule,
  ensureApprovedByDecision,
  ensureDrafted,
  ensureNotEnded,
  ensureEndsAfterAgreement,
} from '../agreement.rules';
import type { AgreementState } from '../agreement.state';

/** Like any change to an agreed agreement, it takes a board decision approving it. */
export function supersedeAgreement(
  command: SupersedeAgreement,
  state: AgreementState,
  context: AgreementContext,
): [AgreementSuperseded] {
  const agreement = ensureDrafted(state, command.data.partnershipId);
  ensureNotEnded(agreement);
  const { partnershipId, agreementId, supersededBy, on } = command.data;
  ensure(
    agreement.status === 'agreed',
    AgreementRule.OnlyAnAgreedAgreementIsSuperseded,
    `agreement ${agreement.agreementId} is ${agreement.status}; close it instead`,
    'agreementId',
  );
  ensureIdentifier(supersededBy, 'supersededBy');
  ensure(
    supersededBy !== agreement.agreementId,
    AgreementRule.CannotSupersedeItself,
    'an agreement cannot supersede itself',
    'supersededBy',
  );
  ensureEndsAfterAgreement(agreement, on);
  const decision = ensureApprovedByDecision(agreement, command.data.decision, context);
  return [
    {
      type: 'AgreementSuperseded',
      schemaVersion: 1,
      data: { partnershipId, agreementId, supersededBy, on, decision },
    },
  ];
}
