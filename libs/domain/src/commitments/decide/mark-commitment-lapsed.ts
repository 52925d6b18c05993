import { ensure } from '@concordat/shared-kernel';
import { dateOf } from '../../shared';
import type { MarkCommitmentLapsed } from '../commitment.commands';
import type { CommitmentLapsed } from '../commitment.events';
import { CommitmentRule, ensureOpen } from '../commitment.rules';
import type { CommitmentState } from '../commitment.state';

/** A commitment still open after its due date lapses; it is due until the end of that day. */
export function markCommitmentLapsed(
  command: MarkCommitmentLapsed,
  state: CommitmentState,
): [CommitmentLapsed] {
  const { commitmentId, partnershipId } = command.data;
  const commitment = ensureOpen(state, partnershipId);
  const { dueDate } = commitment.terms;
  const today = dateOf(command.metadata.issuedAt);
  ensure(
    today > dueDate,
    CommitmentRule.CommitmentLapsesOnlyAfterItsDueDate,
    `commitment ${commitmentId} is not due until ${dueDate}`,
    'commitmentId',
  );
  return [
    {
      type: 'CommitmentLapsed',
      schemaVersion: 1,
      data: { commitmentId, partnershipId, dueDate, lapsedOn: today },
    },
  ];
}
