import {
  commitmentDecider,
  commitmentStreamId,
  commitmentUpcasters,
  type CommitmentEvent,
  type CommitmentProgressStatus,
  type CommitmentReportingPeriod,
  type CommitmentState,
  type ExistingCommitment,
} from '@concordat/domain';
import type { AsOf } from './as-of';
import type { StreamFold, StreamSnapshot } from './stream-fold';
import type { StreamHistory } from './stream-history';

/** A progress report as it was made, and by whom. */
export interface ProgressReport {
  readonly eventId: string;
  readonly revision: bigint;
  readonly status: CommitmentProgressStatus;
  readonly note: string;
  readonly evidenceUrl: string | null;
  readonly period: CommitmentReportingPeriod;
  /** When it was reported, as the command said. */
  readonly reportedAt: string;
  readonly reportedBy: string;
}

/**
 * A commitment as the decider folds it, and its progress reports, which no rule looks back at
 * (so the decider keeps none) but which say how it was going.
 */
export interface CommitmentRecord<Commitment extends CommitmentState = CommitmentState> {
  readonly commitment: Commitment;
  /** Oldest first; the last is the latest progress. */
  readonly progressReports: readonly ProgressReport[];
}

export const commitmentFold: StreamFold<CommitmentRecord> = {
  name: 'commitment',
  upcasters: commitmentUpcasters,
  initialState: () => ({ commitment: commitmentDecider.initialState(), progressReports: [] }),
  evolve(record, domainEvent, stored) {
    const event = domainEvent as CommitmentEvent;
    const commitment = commitmentDecider.evolve(record.commitment, event);
    if (event.type !== 'CommitmentProgressReported') return { ...record, commitment };
    const { status, note, evidenceUrl, period } = event.data;
    const report: ProgressReport = {
      eventId: stored.id,
      revision: stored.streamRevision,
      status,
      note,
      evidenceUrl,
      period,
      reportedAt: stored.metadata.occurredAt,
      reportedBy: stored.metadata.actor,
    };
    return { commitment, progressReports: [...record.progressReports, report] };
  },
};

/** The commitment as it stood at `at`; null before it was proposed. */
export async function commitmentAsOf(
  history: StreamHistory,
  commitmentId: string,
  at: AsOf,
): Promise<StreamSnapshot<CommitmentRecord<ExistingCommitment>> | null> {
  const snapshot = await history.snapshotAt(commitmentFold, commitmentStreamId(commitmentId), at);
  if (snapshot === null) return null;
  const { commitment, progressReports } = snapshot.state;
  return commitment.status === 'none'
    ? null
    : { ...snapshot, state: { commitment, progressReports } };
}
