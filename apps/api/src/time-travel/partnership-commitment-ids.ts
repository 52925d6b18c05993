import type { DataSource } from 'typeorm';
import { everyPage, listCommitments } from '@concordat/read-models';

/**
 * The ids of a partnership's commitments, of one agreement or all, from the commitments read
 * model. Which commitments exist is all it says: what each said at a past instant comes from its
 * stream. Commitments are never removed, so every one that existed then is here.
 */
export async function commitmentIdsOf(
  readModels: DataSource,
  partnershipId: string,
  agreementId: string | null,
): Promise<string[]> {
  const commitments = await everyPage((page) =>
    listCommitments(readModels, { partnershipId, agreementId }, page),
  );
  return commitments.map((commitment) => commitment.commitmentId);
}
