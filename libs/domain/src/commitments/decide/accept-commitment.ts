import { ensure } from '@concordat/shared-kernel';
import type { AcceptCommitment } from '../commitment.commands';
import type { CommitmentContext } from '../commitment.context';
import type { CommitmentAccepted } from '../commitment.events';
import { CommitmentRule, ensureDecision, ensureExisting, ensureOpen } from '../commitment.rules';
import type { CommitmentState } from '../commitment.state';

export function acceptCommitment(
  command: AcceptCommitment,
  state: CommitmentState,
  context: CommitmentContext,
): [CommitmentAccepted] {
  const { commitmentId, partnershipId, decision } = command.data;
  ensure(
    ensureExisting(state, partnershipId).acceptedBy === null,
    CommitmentRule.CannotBeAcceptedTwice,
    `commitment ${commitmentId} has already been accepted`,
    'commitmentId',
  );
  const commitment = ensureOpen(state, partnershipId);
  const facts = ensureDecision(
    context?.decision,
    decision,
    ['accept_commitment'],
    commitment,
    CommitmentRule.AcceptanceNeedsADecisionToAccept,
  );
  return [
    {
      type: 'CommitmentAccepted',
      schemaVersion: 1,
      data: { commitmentId, partnershipId, decision, decidedOn: facts.decidedOn },
    },
  ];
}
