import { ensure } from '@concordat/shared-kernel';
import type { RejectCommitment } from '../commitment.commands';
import type { CommitmentContext } from '../commitment.context';
import type { CommitmentRejected } from '../commitment.events';
import { ensureText } from '../../shared/field-rules';
import { CommitmentRule, ensureDecision, ensureOpen } from '../commitment.rules';
import type { CommitmentState } from '../commitment.state';

export function rejectCommitment(
  command: RejectCommitment,
  state: CommitmentState,
  context: CommitmentContext,
): [CommitmentRejected] {
  const { commitmentId, partnershipId, decision, reason } = command.data;
  const commitment = ensureOpen(state, partnershipId);
  ensure(
    commitment.status === 'proposed',
    CommitmentRule.OnlyAProposedCommitmentCanBeRejected,
    `commitment ${commitmentId} has already been accepted`,
    'commitmentId',
  );
  ensureText(reason, 'reason');
  const facts = ensureDecision(
    context?.decision,
    decision,
    ['reject_commitment'],
    commitment,
    CommitmentRule.RejectionNeedsADecisionToReject,
  );
  return [
    {
      type: 'CommitmentRejected',
      schemaVersion: 1,
      data: {
        commitmentId,
        partnershipId,
        decision,
        decidedOn: facts.decidedOn,
        reason: reason.trim(),
      },
    },
  ];
}
