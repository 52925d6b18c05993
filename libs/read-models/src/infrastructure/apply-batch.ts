import type { SqlDatabase, StoredEvent } from '@concordat/event-store';
import { PipelinedWrites } from './pipelined-writes';
import type { Projection } from './projection';
import {
  moveCheckpoint,
  readCheckpoint,
  writeCheckpoint,
  writeInto,
} from './projection-checkpoints';

export type BatchResult = 'applied' | 'checkpoint-moved';

/**
 * Applies a batch of events and moves the checkpoint in one transaction, so a crash leaves both
 * as they were. The checkpoint row is locked and compared first: if someone else moved it (a
 * second runner, or a rebuild that swapped in), nothing is written and the caller re-reads. A
 * batch the projection reads nothing of only moves the checkpoint, by compare-and-set.
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
  if (!events.some((event) => handles(projection, event.type))) {
    const moved = await moveCheckpoint(sql, target.row, expected, last.globalPosition);
    return moved ? 'applied' : 'checkpoint-moved';
  }
  return sql.transaction(async (tx) => {
    // Sent together: the search path is harmless if the checkpoint turns out to have moved.
    const [current] = await Promise.all([
      readCheckpoint(tx, target.row, true),
      writeInto(tx, target.schema),
    ]);
    if (current?.position !== expected) return 'checkpoint-moved';
    const writes = new PipelinedWrites(tx);
    try {
      for (const event of events) {
        if (handles(projection, event.type)) await projection.apply(writes, event);
      }
      await writes.settle();
    } catch (error) {
      throw await writes.cause(error);
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
