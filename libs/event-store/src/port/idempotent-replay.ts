import { canonicalJson } from '@concordat/shared-kernel';
import { EventStoreError } from './event-store.error';
import type { AppendResult, NewEvent, StoredEvent } from './events';
import type { ExpectedRevision } from './expected-revision';

/**
 * Decides whether an append that could not be written as new is a retry of one already stored.
 * `stored` holds whatever events the store has under the ids of `events`. Returns the original
 * result for a faithful retry, null when none of the ids is stored, and throws when some are
 * stored with other content or in another place: a retry must never paper over a divergence.
 */
export function recognizeReplay(
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  stored: readonly StoredEvent[],
): AppendResult | null {
  if (stored.length === 0) return null;
  const byId = new Map(stored.map((event) => [event.id, event]));
  const first = byId.get(events[0]?.id ?? '');
  const firstRevision = first?.streamRevision ?? -1n;
  events.forEach((event, index) => {
    const original = byId.get(event.id);
    if (!original) {
      throw EventStoreError.idempotencyConflict(
        streamId,
        event.id,
        'only part of the append is stored',
      );
    }
    if (
      original.streamId !== streamId ||
      original.streamRevision !== firstRevision + BigInt(index)
    ) {
      throw EventStoreError.idempotencyConflict(streamId, event.id, 'stored at another place');
    }
    if (writerContent(original) !== writerContent(event)) {
      throw EventStoreError.idempotencyConflict(streamId, event.id, 'stored with other content');
    }
  });
  if (!startsWhereExpected(expected, firstRevision)) {
    throw EventStoreError.idempotencyConflict(
      streamId,
      events[0]?.id ?? '',
      'stored after another revision than the one now expected',
    );
  }
  const ordered = events.map((event) => byId.get(event.id) as StoredEvent);
  return {
    nextExpectedRevision: firstRevision + BigInt(events.length - 1),
    positions: ordered.map((event) => event.globalPosition),
    idempotentReplay: true,
  };
}

function startsWhereExpected(expected: ExpectedRevision, firstRevision: bigint): boolean {
  if (expected === 'no_stream') return firstRevision === 0n;
  if (typeof expected === 'bigint') return firstRevision === expected + 1n;
  return true;
}

/** The content a writer supplied, for comparing a retry with what was stored. */
function writerContent(event: NewEvent): string {
  return canonicalJson({
    data: event.data,
    metadata: event.metadata,
    schemaVersion: event.schemaVersion,
    type: event.type,
  });
}
