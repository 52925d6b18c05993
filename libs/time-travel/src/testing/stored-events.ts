import type { StoredEvent } from '@concordat/event-store';
import type { DomainEvent, JsonObject } from '@concordat/shared-kernel';

/**
 * Events of one stream as a store would return them, one a minute from 09:00 on 1 April 2013,
 * for folding without a store. Hashes are placeholders: nothing here checks them.
 */
export function storedEvents(
  streamId: string,
  events: readonly DomainEvent[],
  actor = 'user:officer',
): StoredEvent[] {
  return events.map((event, index) => {
    const at = new Date(Date.UTC(2013, 3, 1, 9, index)).toISOString();
    return {
      id: `${streamId}/${index}`,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data as JsonObject,
      metadata: {
        actor,
        correlationId: `request-${index}`,
        causationId: `command-${index}`,
        commandId: `command-${index}`,
        occurredAt: at,
      },
      streamId,
      streamRevision: BigInt(index),
      globalPosition: BigInt(1_000 + index),
      recordedAt: at,
      previousHash: '0'.repeat(64),
      hash: '0'.repeat(64),
      canonical: '{}',
    };
  });
}
