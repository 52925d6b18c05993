import type { SqlDatabase, StoredEvent } from '@concordat/event-store';
import type { Projection } from './projection';
import { readCheckpoint, writeCheckpoint, writeInto } from './projection-checkpoints';

export type BatchResult = 'applied' | 'checkpoint-moved';

/**
 * Applies a batch of events and moves the checkpoint in one transaction, so a crash leaves both
 * as they were. The checkpoint row is locked and compared first: if someone else moved it (a
 * second runner, or a rebuild that swapped in), nothing is written and the caller re-reads.
 */
export async function applyBatch(
  sql: SqlDatabase,
  projection: Projection,
  target: { readonly row: string; readonly schema: string },
  expected: bigint,
  events: readonly StoredEvent[],
): Promise<BatchResult> {
  const last = events.at(-1);
  if (!last) return 'applied';
  return sql.transaction(async (tx) => {
    const current = await readCheckpoint(tx, target.row, true);
    if (current?.position !== expected) return 'checkpoint-moved';
    await writeInto(tx, target.schema);
    for (const event of events) {
      if (handles(projection, event.type)) await projection.apply(tx, event);
    }
    await writeCheckpoint(tx, target.row, {
      version: current.version,
      position: last.globalPosition,
    });
    return 'applied';
  });
}

function handles(projection: Projection, type: string): boolean {
  return projection.eventTypes === 'all' || projection.eventTypes.has(type);
}
