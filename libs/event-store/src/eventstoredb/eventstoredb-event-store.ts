import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  START,
  streamNameFilter,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendResult as EsdbAppendResult,
  type RecordedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import type {
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
} from '../port/event-store.port';
import { EventStoreError, EventStoreErrorCode } from '../port/event-store.error';
import type { AppendResult, NewEvent, StoredEvent } from '../port/events';
import {
  describeExpectedRevision,
  satisfiesExpectedRevision,
  type ExpectedRevision,
} from '../port/expected-revision';
import { recognizeReplay } from '../port/idempotent-replay';
import { validateAppend } from '../port/validate-append';
import { validateReadAll, validateReadStream } from '../port/validate-read';
import { toEsdbConnectionString } from './connection-string';
import {
  sealAppend,
  toConcordatStreamId,
  toEpochMicros,
  toEsdbEventData,
  toEsdbExpectedRevision,
  toReadPosition,
  toStoredEvent,
  type SealedNewEvent,
  type StreamHead,
} from './eventstoredb-event-mapping';
import { KeyedQueue } from './keyed-queue';

const DEFAULT_PAGE_SIZE = 1_000;
/** Rounds an append may lose to writers in other processes before the caller is told to retry. */
const MAX_APPEND_ATTEMPTS = 10;
const STREAM_PREFIX = /^[A-Za-z0-9_.:@-]*$/;

export interface EventStoreDbEventStoreOptions {
  /**
   * Put before every stream id in ESDB, so that several Concordat stores (or test runs) can share
   * one server: reads of the global log then return only the streams with this prefix. No store's
   * prefix may begin with another's, or the shorter one would take the longer one's streams.
   */
  readonly streamPrefix?: string;
}

/**
 * The event store on EventStoreDB/KurrentDB. ESDB orders the global log and checks expected
 * revisions; this adapter adds what the port promises beyond that: the hash chain (the seal and
 * the Concordat fields travel in each event's metadata), and idempotency by event id. ESDB keeps
 * no index of event ids, so an append first reads its stream to recognise a retry, which costs a
 * read of the stream per append, and an id is recognised only within its own stream.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly appends = new KeyedQueue();
  private readonly streamPrefix: string;

  /** The store owns the client: close() disposes of it. */
  constructor(
    private readonly client: EventStoreDBClient,
    options: EventStoreDbEventStoreOptions = {},
  ) {
    this.streamPrefix = options.streamPrefix ?? '';
    if (!STREAM_PREFIX.test(this.streamPrefix)) {
      throw new Error('streamPrefix may hold only letters, digits and _ . : @ -');
    }
  }

  /** Takes esdb://, kurrentdb:// and kurrent:// strings; the client connects on first use. */
  static connect(
    connectionString: string,
    options?: EventStoreDbEventStoreOptions,
  ): EventStoreDbEventStore {
    const client = EventStoreDBClient.connectionString(toEsdbConnectionString(connectionString));
    return new EventStoreDbEventStore(client, options);
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision = 'any',
  ): Promise<AppendResult> {
    validateAppend(streamId, events, expectedRevision);
    return this.appends.run(streamId, async () => {
      for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt += 1) {
        const result = await this.tryAppend(streamId, events, expectedRevision);
        if (result) return result;
      }
      throw new EventStoreError(
        EventStoreErrorCode.Unavailable,
        `stream ${streamId} moved on under each of ${MAX_APPEND_ATTEMPTS} attempts to append to it`,
        { streamId },
      );
    });
  }

  /** One round of read, seal and write; null when another process appended in between. */
  private async tryAppend(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult | null> {
    const { head, stored } = await this.scanStream(streamId, new Set(events.map((e) => e.id)));
    // ESDB only recognises a retry sent with the revision the original was sent with, so retries
    // are caught here, before anything is written. Deciding them before the expected revision
    // gives the outcomes the SQL adapter gives.
    const replay = recognizeReplay(streamId, events, expected, stored);
    if (replay) return replay;
    const current = head?.revision ?? null;
    if (!satisfiesExpectedRevision(expected, current)) {
      throw EventStoreError.wrongExpectedRevision(
        streamId,
        describeExpectedRevision(expected),
        current,
      );
    }
    const sealed = sealAppend(streamId, events, head, new Date());
    let written: EsdbAppendResult;
    try {
      written = await this.client.appendToStream(
        this.esdbStreamId(streamId),
        sealed.map(toEsdbEventData),
        { expectedRevision: toEsdbExpectedRevision(expected, head) },
      );
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) return null;
      throw error;
    }
    // A connection string can turn throwOnAppendFailure off: the same refusal, without an error.
    if (!written.success) return null;
    return this.confirmAppend(streamId, events, expected, sealed, written.nextExpectedRevision);
  }

  /** Reads the stream once, for its last event and for any events that already carry these ids. */
  private async scanStream(
    streamId: string,
    ids: ReadonlySet<string>,
  ): Promise<{ head: StreamHead | null; stored: StoredEvent[] }> {
    let head: StreamHead | null = null;
    const stored: StoredEvent[] = [];
    for await (const event of this.readStream(streamId)) {
      head = { revision: event.streamRevision, hash: event.hash, recordedAt: event.recordedAt };
      if (ids.has(event.id)) stored.push(event);
    }
    return { head, stored };
  }

  /**
   * Reads back what was appended, for the positions ESDB gave it. When another process wrote
   * these ids between the scan and the write, ESDB took the write for a retry and wrote nothing;
   * the events found are then that process's, and recognizeReplay judges them as in any retry.
   */
  private async confirmAppend(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    sealed: readonly SealedNewEvent[],
    lastRevision: bigint,
  ): Promise<AppendResult> {
    const found: StoredEvent[] = [];
    const fromRevision = lastRevision - BigInt(events.length - 1);
    for await (const event of this.readStream(streamId, {
      fromRevision,
      maxCount: events.length,
    })) {
      found.push(event);
    }
    const written =
      found.length === sealed.length &&
      found.every((event, index) => event.hash === sealed[index]?.hash);
    if (written) {
      return {
        nextExpectedRevision: lastRevision,
        positions: found.map((event) => event.globalPosition),
        idempotentReplay: false,
      };
    }
    const replay = recognizeReplay(streamId, events, expected, found);
    if (replay) return replay;
    throw new Error(`EventStoreDB accepted an append to ${streamId} that it does not hold`);
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<StoredEvent> {
    validateReadStream(options);
    const forwards = (options.direction ?? 'forwards') === 'forwards';
    const upTo = options.recordedUpTo === undefined ? null : toEpochMicros(options.recordedUpTo);
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    const read = this.client.readStream(this.esdbStreamId(streamId), {
      direction: forwards ? FORWARDS : BACKWARDS,
      fromRevision: options.fromRevision ?? (forwards ? START : END),
      // The server may stop after maxCount only when nothing is filtered out here.
      maxCount: upTo === null && Number.isFinite(remaining) ? remaining : undefined,
    });
    const beyond = (revision: bigint, bound: bigint) =>
      forwards ? revision > bound : revision < bound;
    try {
      for await (const resolved of cancelOnExit(read)) {
        const event = this.streamEventOf(resolved.event, streamId);
        if (options.toRevision !== undefined && beyond(event.streamRevision, options.toRevision)) {
          return;
        }
        if (upTo !== null && toEpochMicros(event.recordedAt) > upTo) continue;
        yield event;
        remaining -= 1;
        if (remaining <= 0) return;
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return;
      throw error;
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<readonly StoredEvent[]> {
    validateReadAll(options);
    const limit = options.maxCount ?? DEFAULT_PAGE_SIZE;
    const page: StoredEvent[] = [];
    // One more than the page, because every batch starts with the checkpoint's own event.
    for await (const event of this.eventsAfter(options.after, limit + 1)) {
      page.push(event);
      if (page.length === limit) break;
    }
    return page;
  }

  /**
   * This store's events in $all after a position, read in batches of at least two. ESDB has one
   * writer, which appends to the log in order, and readers see the log only as far as it is
   * indexed, so no event can later appear behind one already read.
   */
  private async *eventsAfter(after: bigint | undefined, batchSize: number) {
    let checkpoint = after;
    for (;;) {
      let seen = 0;
      const batch = this.client.readAll({
        fromPosition: toReadPosition(checkpoint),
        maxCount: batchSize,
      });
      for await (const resolved of cancelOnExit(batch)) {
        seen += 1;
        const recorded = resolved.event;
        if (!recorded || (checkpoint !== undefined && recorded.position.commit <= checkpoint)) {
          continue;
        }
        checkpoint = recorded.position.commit;
        const event = this.ownEvent(recorded);
        if (event) yield event;
      }
      if (seen < batchSize) return;
    }
  }

  /** ESDB's catch-up subscription: it reads the log up to the head, then follows it live. */
  async *subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<StoredEvent> {
    const { signal } = options;
    if (signal?.aborted) return;
    const subscription = this.client.subscribeToAll({
      fromPosition: toReadPosition(options.after),
      // The server leaves out what would be skipped below anyway.
      filter: this.streamPrefix
        ? streamNameFilter({ prefixes: [this.streamPrefix] })
        : excludeSystemEvents(),
    });
    // Ends the iteration at once, even while it waits for the next live event.
    const stop = () => subscription.destroy();
    signal?.addEventListener('abort', stop, { once: true });
    let checkpoint = options.after;
    try {
      for await (const resolved of subscription) {
        if (signal?.aborted) return;
        const recorded = resolved.event;
        // The server starts with the checkpoint's own event, which the subscriber has seen.
        if (!recorded || (checkpoint !== undefined && recorded.position.commit <= checkpoint)) {
          continue;
        }
        checkpoint = recorded.position.commit;
        const event = this.ownEvent(recorded);
        if (event) yield event;
      }
    } catch (error) {
      // Destroying the subscription on abort ends it with an error that means only "stopped".
      if (!signal?.aborted) throw error;
    } finally {
      signal?.removeEventListener('abort', stop);
      await subscription.unsubscribe();
    }
  }

  /** The newest of this store's events in $all (system events and other prefixes skipped). */
  async headPosition(): Promise<bigint | null> {
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 100 });
    for await (const resolved of cancelOnExit(read)) {
      const recorded = resolved.event;
      if (recorded && this.ownEvent(recorded)) return recorded.position.commit;
    }
    return null;
  }

  async ping(): Promise<void> {
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
    for await (const _event of read) {
      // Reading the last event is the trivial request; what it holds does not matter.
    }
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  private esdbStreamId(streamId: string): string {
    return `${this.streamPrefix}${streamId}`;
  }

  /** This store's event, or null for a system event, another application's or another prefix's. */
  private ownEvent(recorded: RecordedEvent): StoredEvent | null {
    const streamId = toConcordatStreamId(recorded.streamId, this.streamPrefix);
    return streamId === null ? null : toStoredEvent(recorded, streamId);
  }

  /** Every event in a Concordat stream is Concordat's: anything else is refused, not skipped. */
  private streamEventOf(recorded: RecordedEvent | undefined, streamId: string): StoredEvent {
    const event = recorded && toStoredEvent(recorded, streamId);
    if (!event) {
      throw new Error(
        `stream ${streamId} holds an event Concordat did not write (${recorded?.id ?? 'no event'})`,
      );
    }
    return event;
  }
}

/** Iterates an ESDB read, and cancels the server's call when the reader stops before its end. */
async function* cancelOnExit<T>(read: StreamingRead<T>): AsyncGenerator<T> {
  try {
    yield* read;
  } finally {
    if (!read.readableEnded) await read.cancel();
  }
}
