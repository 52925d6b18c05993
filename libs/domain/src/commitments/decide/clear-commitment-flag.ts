import { ensure } from '@concordat/shared-kernel';
import type { ClearCommitmentFlag } from '../commitment.commands';
import type { CommitmentContext } from '../commitment.context';
import type { CommitmentFlagCleared } from '../commitment.events';
import {
  CommitmentRule,
  ensureDecision,
  ensureOpen,
  FLAG_CLEARING_DECISION_KINDS,
} from '../commitment.rules';
import type { CommitmentState } from '../commitment.state';

export function clearCommitmentFlag(
  command: ClearCommitmentFlag,
  state: CommitmentState,
  context: CommitmentContext,
): [CommitmentFlagCleared] {
  const { commitmentId, partnershipId, partnerId, decision } = command.data;
  const commitment = ensureOpen(state, partnershipId);
  ensure(
    commitment.flags.has(partnerId),
    CommitmentRule.OnlyARaisedFlagCanBeCleared,
    `commitment ${commitmentId} is not flagged for ${partnerId}`,
    'partnerId',
  );
  const facts = ensureDecision(
    context?.decision,
    decision,
    FLAG_CLEARING_DECISION_KINDS,
    commitment,
    CommitmentRule.FlagCanOnlyBeClearedByABoardDecision,
  );
  return [
    {
      type: 'CommitmentFlagCleared',
      schemaVersion: 1,
      data: { commitmentId, partnershipId, partnerId, decision, decidedOn: facts.decidedOn },
    },
  ];
}
