import { ensure } from '@concordat/shared-kernel';
import type { WithdrawCommitment } from '../commitment.commands';
import type { CommitmentWithdrawn } from '../commitment.events';
import { ensureText } from '../../shared/field-rules';
import { CommitmentRule, ensureOpen } from '../commitment.rules';
import type { CommitmentState } from '../commitment.state';

/**
 * The lead party withdraws the whole commitment, on behalf of every party; another party that
 * wants out of a joint commitment needs a revision of the shares instead.
 */
export function withdrawCommitment(
  command: WithdrawCommitment,
  state: CommitmentState,
): [CommitmentWithdrawn] {
  const { commitmentId, partnershipId, partnerId, reason } = command.data;
  const commitment = ensureOpen(state, partnershipId);
  ensure(
    partnerId === commitment.terms.leadPartnerId,
    CommitmentRule.OnlyTheLeadPartyCanWithdrawTheCommitment,
    `only ${commitment.terms.leadPartnerId}, the lead party, can withdraw the commitment`,
    'partnerId',
  );
  ensureText(reason, 'reason');
  return [
    {
      type: 'CommitmentWithdrawn',
      schemaVersion: 1,
      data: { commitmentId, partnershipId, partnerId, reason: reason.trim() },
    },
  ];
}
