import { GENESIS_HASH, sealEvent } from '../hashing/event-hash';
import type { NewEvent, StoredEvent } from '../port/events';

/** Seals events into a stream exactly as an adapter would, without a database. */
export function sealedChain(streamId: string, events: readonly NewEvent[]): StoredEvent[] {
  let previousHash = GENESIS_HASH;
  return events.map((event, index) => {
    const streamRevision = BigInt(index);
    const recordedAt = `2013-04-01T09:00:${String(index % 60).padStart(2, '0')}.000000Z`;
    const sealed = sealEvent({ event, streamId, streamRevision, recordedAt, previousHash });
    const stored: StoredEvent = {
      ...event,
      streamId,
      streamRevision,
      globalPosition: 1_000n + streamRevision,
      recordedAt,
      previousHash,
      ...sealed,
    };
    previousHash = sealed.hash;
    return stored;
  });
}
