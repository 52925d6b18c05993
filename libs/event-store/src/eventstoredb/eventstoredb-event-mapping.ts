import {
  jsonEvent,
  NO_STREAM,
  START,
  type AppendExpectedRevision,
  type EventData,
  type JSONEventType,
  type ReadPosition,
  type RecordedEvent,
} from '@eventstore/db-client';
import type { JsonObject } from '@concordat/shared-kernel';
import { GENESIS_HASH, sealEvent } from '../hashing/event-hash';
import type { EventMetadata, NewEvent, StoredEvent } from '../port/events';
import type { ExpectedRevision } from '../port/expected-revision';

/**
 * What Concordat keeps in an ESDB event's metadata. The event's own id, type and data are the
 * writer's; everything else a StoredEvent carries (but ESDB has no field for) lives here, under
 * one key so that other metadata conventions ($correlationId and the like) stay free to use.
 * A type alias rather than an interface, because the client wants metadata with an index signature.
 */
export type ConcordatEventMetadata = {
  readonly concordat: {
    readonly schemaVersion: number;
    readonly metadata: EventMetadata;
    readonly recordedAt: string;
    readonly previousHash: string;
    readonly hash: string;
    readonly canonical: string;
  };
};

type ConcordatEventType = JSONEventType<string, JsonObject, ConcordatEventMetadata>;

/** The last event of a stream, as far as sealing the next append needs it. */
export interface StreamHead {
  readonly revision: bigint;
  readonly hash: string;
  readonly recordedAt: string;
}

/** A new event with its place in the stream and its seal, ready to be written. */
export interface SealedNewEvent {
  readonly event: NewEvent;
  readonly streamRevision: bigint;
  readonly recordedAt: string;
  readonly previousHash: string;
  readonly hash: string;
  readonly canonical: string;
}

/**
 * Seals an append onto the head that was read. All events of one append share one recordedAt,
 * as they do in the SQL adapters, where they share a transaction.
 */
export function sealAppend(
  streamId: string,
  events: readonly NewEvent[],
  head: StreamHead | null,
  now: Date,
): SealedNewEvent[] {
  const recordedAt = recordedAtAfter(now, head?.recordedAt);
  const firstRevision = head === null ? 0n : head.revision + 1n;
  let previousHash = head?.hash ?? GENESIS_HASH;
  return events.map((event, index) => {
    const streamRevision = firstRevision + BigInt(index);
    const seal = sealEvent({ event, streamId, streamRevision, recordedAt, previousHash });
    const sealed = { event, streamRevision, recordedAt, previousHash, ...seal };
    previousHash = seal.hash;
    return sealed;
  });
}

/**
 * The writer's clock as an ISO-8601 instant with microseconds, the form the SQL adapters record.
 * ESDB assigns its own `created` only once the write is done, which is after the hash covering
 * recordedAt has to be computed, so the client's clock is the only one available. An event is
 * never recorded as earlier than its predecessor, even by a writer whose clock lags, so that a
 * stream read as it stood at an instant is always a prefix of the stream.
 */
export function recordedAtAfter(now: Date, previous: string | undefined): string {
  const current = now.toISOString().replace('Z', '000Z');
  // Both are in that one fixed-width form, so comparing the text compares the instants.
  return previous !== undefined && previous > current ? previous : current;
}

export function toEsdbEventData(sealed: SealedNewEvent): EventData<ConcordatEventType> {
  const { event } = sealed;
  return jsonEvent<ConcordatEventType>({
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: {
      concordat: {
        schemaVersion: event.schemaVersion,
        metadata: event.metadata,
        recordedAt: sealed.recordedAt,
        previousHash: sealed.previousHash,
        hash: sealed.hash,
        canonical: sealed.canonical,
      },
    },
  });
}

/**
 * The condition an ESDB append is sent with. The events were sealed against the head that was
 * read, so the write must land exactly after it: 'any' and 'stream_exists' become the revision
 * read (ESDB's ANY or STREAM_EXISTS would accept the write after a concurrent one and break the
 * chain), and an exact or no_stream expectation, already checked against that head, is the
 * caller's own.
 */
export function toEsdbExpectedRevision(
  expected: ExpectedRevision,
  head: StreamHead | null,
): AppendExpectedRevision {
  if (expected === 'no_stream') return NO_STREAM;
  if (typeof expected === 'bigint') return expected;
  return head?.revision ?? NO_STREAM;
}

/**
 * Where a forwards read of $all resumes after the event at `after`. ESDB includes the event at
 * the position itself, so the reader skips it; an event appended over gRPC commits itself, so its
 * commit and prepare positions are equal.
 */
export function toReadPosition(after: bigint | undefined): ReadPosition {
  return after === undefined ? START : { commit: after, prepare: after };
}

/** The Concordat stream id of an ESDB stream, or null when the stream is not in this namespace. */
export function toConcordatStreamId(esdbStreamId: string, streamPrefix: string): string | null {
  return esdbStreamId.startsWith(streamPrefix) ? esdbStreamId.slice(streamPrefix.length) : null;
}

/**
 * Rebuilds a StoredEvent from an ESDB event, or returns null when the event was not written by
 * this adapter (a system event, or another application's). The global position is the event's
 * commit position in $all, which is unique per event because gRPC appends commit each event on
 * its own (only the legacy TCP transactions, which this adapter never uses, share one).
 */
export function toStoredEvent(recorded: RecordedEvent, streamId: string): StoredEvent | null {
  const concordat = concordatFieldsOf(recorded.metadata);
  const { data } = recorded;
  if (recorded.type.startsWith('$') || !recorded.isJson || !concordat || !isRecord(data)) {
    return null;
  }
  if (!recorded.position) {
    throw new Error(
      `EventStoreDB returned event ${recorded.id} without its position; this adapter needs EventStoreDB 22.6 or later`,
    );
  }
  return {
    id: recorded.id,
    type: recorded.type,
    schemaVersion: concordat.schemaVersion,
    // The client parsed it from the JSON the store holds, so it is JSON all the way down.
    data: data as JsonObject,
    metadata: concordat.metadata,
    streamId,
    streamRevision: recorded.revision,
    globalPosition: recorded.position.commit,
    recordedAt: concordat.recordedAt,
    previousHash: concordat.previousHash,
    hash: concordat.hash,
    canonical: concordat.canonical,
  };
}

function concordatFieldsOf(metadata: unknown): ConcordatEventMetadata['concordat'] | null {
  if (!isRecord(metadata) || !isRecord(metadata.concordat)) return null;
  const fields = metadata.concordat;
  const wellFormed =
    Number.isInteger(fields.schemaVersion) &&
    isEventMetadata(fields.metadata) &&
    ['recordedAt', 'previousHash', 'hash', 'canonical'].every(
      (key) => typeof fields[key] === 'string',
    );
  return wellFormed ? (fields as ConcordatEventMetadata['concordat']) : null;
}

function isEventMetadata(value: unknown): value is EventMetadata {
  return (
    isRecord(value) &&
    typeof value.actor === 'string' &&
    typeof value.correlationId === 'string' &&
    (value.causationId === null || typeof value.causationId === 'string') &&
    (value.commandId === null || typeof value.commandId === 'string') &&
    typeof value.occurredAt === 'string'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant as microseconds since the epoch. Dates keep only milliseconds, and recordedAt has
 * microseconds: comparing Dates would call two events of one millisecond simultaneous. ISO-8601
 * text keeps its microseconds; other text Date.parse reads counts in whole milliseconds, and
 * text it cannot read throws (validateReadStream refuses it before it gets here).
 */
export function toEpochMicros(instant: string): bigint {
  const [, seconds, fraction = '', zone = ''] = INSTANT.exec(instant) ?? [];
  if (seconds === undefined) return BigInt(Date.parse(instant)) * 1000n;
  const micros = BigInt(fraction.padEnd(6, '0').slice(0, 6));
  return BigInt(Date.parse(`${seconds}${zone}`)) * 1000n + micros;
}
