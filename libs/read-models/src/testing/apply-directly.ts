import type { SqlQueryable, StoredEvent } from '@concordat/event-store';
import { PipelinedWrites } from '../infrastructure/pipelined-writes';
import type { Projection } from '../infrastructure/projection';

/**
 * Applies events straight through the projection's `apply`, without the runner or a checkpoint,
 * each `times` times in a row (to show a repeat writes nothing), skipping the types it does not
 * read; waits for every write before returning.
 */
export async function applyDirectly(
  tx: SqlQueryable,
  projection: Projection,
  events: readonly StoredEvent[],
  times = 1,
): Promise<void> {
  const writes = new PipelinedWrites(tx);
  for (const event of events) {
    if (projection.eventTypes !== 'all' && !projection.eventTypes.has(event.type)) continue;
    for (let applied = 0; applied < times; applied += 1) await projection.apply(writes, event);
  }
  await writes.settle();
}
