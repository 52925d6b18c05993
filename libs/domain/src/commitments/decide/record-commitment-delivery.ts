import { ensure } from '@concordat/shared-kernel';
import { dateOf } from '../../shared';
import type { RecordCommitmentDelivery } from '../commitment.commands';
import type { CommitmentDelivered } from '../commitment.events';
import { ensureCalendarDate, ensureText } from '../../shared/field-rules';
import { CommitmentRule, ensureHttpsLink, ensureOpen } from '../commitment.rules';
import type { CommitmentState } from '../commitment.state';

export function recordCommitmentDelivery(
  command: RecordCommitmentDelivery,
  state: CommitmentState,
): [CommitmentDelivered] {
  const { commitmentId, partnershipId, deliveredOn, note, evidenceUrl } = command.data;
  const commitment = ensureOpen(state, partnershipId);
  ensure(
    commitment.status === 'accepted',
    CommitmentRule.OnlyAnAcceptedCommitmentCanBeDelivered,
    `commitment ${commitmentId} has not been accepted`,
    'commitmentId',
  );
  ensureCalendarDate(deliveredOn, 'deliveredOn', CommitmentRule.DateMustBeAValidCalendarDate);
  ensure(
    deliveredOn <= dateOf(command.metadata.issuedAt),
    CommitmentRule.DeliveryCannotBeDatedInTheFuture,
    'delivery cannot be recorded before the day it happens',
    'deliveredOn',
  );
  ensureText(note, 'note');
  ensure(
    evidenceUrl.trim().length > 0,
    CommitmentRule.DeliveryNeedsEvidence,
    'delivery needs a link to the evidence',
    'evidenceUrl',
  );
  const evidence = ensureHttpsLink(evidenceUrl, 'evidenceUrl');
  return [
    {
      type: 'CommitmentDelivered',
      schemaVersion: 1,
      data: { commitmentId, partnershipId, deliveredOn, note: note.trim(), evidenceUrl: evidence },
    },
  ];
}
