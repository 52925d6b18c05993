import {
  accountabilityCells,
  type AccountabilityCell,
  type MatrixCommitment,
} from '@concordat/read-models/commitments/accountability-cells';
import type { ExistingCommitment } from '@concordat/domain';
import { commitmentAsOf, type CommitmentRecord } from './commitment-as-of';
import type { StreamHistory } from './stream-history';

/**
 * The accountability matrix as it stood at an instant, by the very function that computes the
 * live one, from these commitments as their streams had them then (those not yet proposed are
 * left out). A matrix spans many streams, so only an instant, not a revision, places it.
 */
export async function matrixAsOf(
  history: StreamHistory,
  commitmentIds: readonly string[],
  instant: string,
): Promise<AccountabilityCell[]> {
  const snapshots = await Promise.all(
    commitmentIds.map((commitmentId) => commitmentAsOf(history, commitmentId, { instant })),
  );
  return accountabilityCells(
    snapshots.flatMap((snapshot) => (snapshot ? [matrixCommitmentOf(snapshot.state)] : [])),
  );
}

function matrixCommitmentOf({
  commitment,
  progressReports,
}: CommitmentRecord<ExistingCommitment>): MatrixCommitment {
  const { commitmentId, agreementId, localOutcomeId, status, terms } = commitment;
  return {
    commitmentId,
    agreementId,
    localOutcomeId,
    status,
    dueDate: terms.dueDate,
    latestProgress: progressReports.at(-1)?.status ?? null,
    parties: terms.parties,
  };
}
