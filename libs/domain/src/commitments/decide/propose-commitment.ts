import { ensure } from '@concordat/shared-kernel';
import type { ProposeCommitment } from '../commitment.commands';
import type { CommitmentContext } from '../commitment.context';
import type { CommitmentProposed } from '../commitment.events';
import { ensureText } from '../../shared/field-rules';
import { CommitmentRule } from '../commitment.rules';
import type { CommitmentState } from '../commitment.state';
import { validTerms } from './valid-terms';

export function proposeCommitment(
  command: ProposeCommitment,
  state: CommitmentState,
  context: CommitmentContext,
): [CommitmentProposed] {
  const { commitmentId, partnershipId, agreementId, localOutcomeId, ...stated } = command.data;
  ensure(
    state.status === 'none',
    CommitmentRule.CannotBeProposedTwice,
    `commitment ${commitmentId} has already been proposed`,
    'commitmentId',
  );
  ensureText(commitmentId, 'commitmentId');
  const partnership = context?.partnership ?? null;
  ensure(
    partnership !== null,
    CommitmentRule.PartnershipMustBeEstablished,
    `partnership ${partnershipId} has not been established`,
    'partnershipId',
  );
  const agreement = context?.agreement ?? null;
  ensure(
    agreement?.agreementId === agreementId,
    CommitmentRule.AgreementMustExist,
    `agreement ${agreementId} does not exist`,
    'agreementId',
  );
  ensure(
    agreement.partnershipId === partnershipId,
    CommitmentRule.AgreementMustBelongToTheSamePartnership,
    `agreement ${agreementId} belongs to partnership ${agreement.partnershipId}`,
    'agreementId',
  );
  ensure(
    agreement.status === 'open',
    CommitmentRule.AgreementMustBeOpenForCommitments,
    `agreement ${agreementId} is ${agreement.status}`,
    'agreementId',
  );
  ensure(
    agreement.localOutcomeIds.includes(localOutcomeId),
    CommitmentRule.LocalOutcomeMustBeInForceInTheAgreement,
    `local outcome ${localOutcomeId} is not in force in agreement ${agreementId}`,
    'localOutcomeId',
  );
  const terms = validTerms(stated);
  terms.parties.forEach(({ partnerId }, index) =>
    ensure(
      partnership.currentPartnerIds.includes(partnerId),
      CommitmentRule.OnlyACurrentPartnerCanCommit,
      `${partnerId} is not a current partner of partnership ${partnershipId}`,
      `parties[${index}].partnerId`,
    ),
  );
  return [
    {
      type: 'CommitmentProposed',
      schemaVersion: 2,
      data: { commitmentId, partnershipId, agreementId, localOutcomeId, ...terms },
    },
  ];
}
