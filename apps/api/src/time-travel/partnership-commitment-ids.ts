import type { DataSource } from 'typeorm';
import { listCommitments } from '@concordat/read-models';

const PAGE_SIZE = 100;

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
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await listCommitments(
      readModels,
      { partnershipId, agreementId },
      { first: PAGE_SIZE, after },
    );
    ids.push(...page.items.map((commitment) => commitment.commitmentId));
    if (!page.hasNextPage) return ids;
    after = page.endCursor;
  }
}
