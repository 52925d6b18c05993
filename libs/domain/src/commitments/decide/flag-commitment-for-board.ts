import { ensure } from '@concordat/shared-kernel';
import type { FlagCommitmentForBoard } from '../commitment.commands';
import type { CommitmentFlaggedForBoard } from '../commitment.events';
import { ensureText } from '../../shared/field-rules';
import { CommitmentRule, ensureExisting } from '../commitment.rules';
import { isOpenCommitment, type CommitmentState } from '../commitment.state';

/**
 * Issued by the reaction to PartnerWithdrawn, which may run more than once or race with the
 * commitment closing: a closed commitment, or one already flagged for that partner, yields no
 * events rather than a refusal, so the reaction can simply retry.
 */
export function flagCommitmentForBoard(
  command: FlagCommitmentForBoard,
  state: CommitmentState,
): CommitmentFlaggedForBoard[] {
  const { commitmentId, partnershipId, partnerId, reason } = command.data;
  const commitment = ensureExisting(state, partnershipId);
  if (!isOpenCommitment(commitment)) return [];
  ensure(
    commitment.terms.parties.some((party) => party.partnerId === partnerId),
    CommitmentRule.FlagMustNameAPartyToTheCommitment,
    `${partnerId} is not a party to commitment ${commitmentId}`,
    'partnerId',
  );
  ensureText(reason, 'reason');
  if (commitment.flags.has(partnerId)) return [];
  return [
    {
      type: 'CommitmentFlaggedForBoard',
      schemaVersion: 1,
      data: { commitmentId, partnershipId, partnerId, reason: reason.trim() },
    },
  ];
}
