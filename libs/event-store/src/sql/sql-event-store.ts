import { GENESIS_HASH, sealEvent } from '../hashing/event-hash';
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
import { pollUntilAborted } from '../port/poll-until-aborted';
import { EVENT_COLUMNS, NOW_AS_TEXT, toStoredEvent, type EventRow } from './event-row';
import {
  constraintOf,
  sqlStateOf,
  UNIQUE_VIOLATION,
  type SqlDatabase,
  type SqlQueryable,
} from './sql-database';
import { LiveWakeUps } from './live-wake-ups';

/** Events of one append share their transaction's id; this leaves room for 2^20 of them. */
const POSITIONS_PER_TRANSACTION = 1n << 20n;
const DEFAULT_PAGE_SIZE = 1_000;

export interface SqlEventStoreOptions {
  /** How often a live subscriber looks for events when no notification woke it. */
  readonly pollIntervalMs?: number;
  readonly pageSize?: number;
}

interface StreamHead {
  readonly transaction_id: string;
  readonly now: string;
  readonly revision: string | null;
  readonly hash: string | null;
}

/**
 * The event store on PostgreSQL's SQL, shared by the `pg` and PGlite adapters. Global positions
 * derive from transaction ids so that readers never see a later event before an earlier one has
 * committed (ADR 0003); each stream's events are chained by hash (ADR 0004).
 */
export class SqlEventStore implements EventStore {
  private readonly wakeUps: LiveWakeUps;
  private readonly pageSize: number;

  constructor(
    private readonly database: SqlDatabase,
    options: SqlEventStoreOptions = {},
  ) {
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.wakeUps = new LiveWakeUps(database, options.pollIntervalMs ?? 250);
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision = 'any',
  ): Promise<AppendResult> {
    validateAppend(streamId, events, expectedRevision);
    try {
      return await this.database.transaction((tx) =>
        this.appendInTransaction(tx, streamId, events, expectedRevision),
      );
    } catch (error) {
      const mayBeRetry =
        (error instanceof EventStoreError &&
          error.code === EventStoreErrorCode.WrongExpectedRevision) ||
        (sqlStateOf(error) === UNIQUE_VIOLATION &&
          constraintOf(error) === 'concordat_events_event_id_key');
      if (!mayBeRetry) throw error;
      const replay = recognizeReplay(
        streamId,
        events,
        expectedRevision,
        await this.eventsWithIds(events.map((event) => event.id)),
      );
      if (replay) return replay;
      throw error;
    }
  }

  private async appendInTransaction(
    tx: SqlQueryable,
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    // Writers to one stream queue here, so 'any' never fails on a race and exact revisions fail
    // fast; writers to other streams are not held up.
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [streamId]);
    const [head] = await tx.query<StreamHead>(
      `SELECT pg_current_xact_id()::text AS transaction_id, ${NOW_AS_TEXT} AS now,
              last.stream_revision::text AS revision, last.hash
         FROM (SELECT 1) AS one
         LEFT JOIN LATERAL (
           SELECT stream_revision, hash FROM concordat_events
            WHERE stream_id = $1 ORDER BY stream_revision DESC LIMIT 1
         ) AS last ON true`,
      [streamId],
    );
    if (!head) throw new Error('the stream head query returned no row');
    const current = head.revision === null ? null : BigInt(head.revision);
    if (!satisfiesExpectedRevision(expectedRevision, current)) {
      throw EventStoreError.wrongExpectedRevision(
        streamId,
        describeExpectedRevision(expectedRevision),
        current,
      );
    }
    const firstPosition = BigInt(head.transaction_id) * POSITIONS_PER_TRANSACTION;
    const firstRevision = current === null ? 0n : current + 1n;
    let previousHash = head.hash ?? GENESIS_HASH;
    const rows = events.map((event, index) => {
      const streamRevision = firstRevision + BigInt(index);
      const sealed = sealEvent({
        event,
        streamId,
        streamRevision,
        recordedAt: head.now,
        previousHash,
      });
      const row = {
        global_position: (firstPosition + BigInt(index)).toString(),
        event_id: event.id,
        stream_revision: streamRevision.toString(),
        event_type: event.type,
        schema_version: event.schemaVersion,
        previous_hash: previousHash,
        hash: sealed.hash,
        canonical: sealed.canonical,
      };
      previousHash = sealed.hash;
      return row;
    });
    // One statement whatever the batch size; data and metadata are cut from the hashed text
    // itself, so the queryable copies cannot differ from what the hash vouches for.
    await tx.query(
      `INSERT INTO concordat_events (global_position, event_id, stream_id, stream_revision,
          event_type, schema_version, data, metadata, recorded_at, previous_hash, hash, canonical)
       SELECT r.global_position, r.event_id, $2, r.stream_revision, r.event_type,
              r.schema_version, (r.canonical::jsonb) -> 'data', (r.canonical::jsonb) -> 'metadata',
              $3::timestamptz, r.previous_hash, r.hash, r.canonical
         FROM jsonb_to_recordset($1::jsonb) AS r(global_position bigint, event_id uuid,
              stream_revision bigint, event_type text, schema_version integer,
              previous_hash text, hash text, canonical text)`,
      [JSON.stringify(rows), streamId, head.now],
    );
    return {
      nextExpectedRevision: firstRevision + BigInt(events.length - 1),
      positions: rows.map((row) => BigInt(row.global_position)),
      idempotentReplay: false,
    };
  }

  private async eventsWithIds(ids: readonly string[]): Promise<StoredEvent[]> {
    const rows = await this.database.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM concordat_events
        WHERE event_id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)`,
      [JSON.stringify(ids)],
    );
    return rows.map(toStoredEvent);
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<StoredEvent> {
    validateReadStream(options);
    const forwards = (options.direction ?? 'forwards') === 'forwards';
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let cursor = options.fromRevision ?? null;
    let includeCursor = true;
    while (remaining > 0) {
      const limit = Math.min(this.pageSize, remaining);
      const rows = await this.database.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM concordat_events
          WHERE stream_id = $1
            AND ($2::bigint IS NULL OR stream_revision ${forwards ? '>' : '<'}${includeCursor ? '=' : ''} $2)
            AND ($3::bigint IS NULL OR stream_revision ${forwards ? '<=' : '>='} $3)
            AND ($4::timestamptz IS NULL OR recorded_at <= $4)
          ORDER BY concordat_events.stream_revision ${forwards ? 'ASC' : 'DESC'}
          LIMIT $5`,
        [
          streamId,
          cursor?.toString() ?? null,
          options.toRevision?.toString() ?? null,
          options.recordedUpTo ?? null,
          limit,
        ],
      );
      for (const row of rows) yield toStoredEvent(row);
      const last = rows.at(-1);
      if (!last || rows.length < limit) return;
      remaining -= rows.length;
      cursor = BigInt(last.stream_revision);
      includeCursor = false;
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<readonly StoredEvent[]> {
    validateReadAll(options);
    const limit = options.maxCount ?? this.pageSize;
    // Only transactions older than the oldest one still running are final: everything below
    // that horizon has committed or never will, so nothing can later appear behind the reader.
    const rows = await this.database.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM concordat_events
        WHERE global_position > $1
          AND global_position < pg_snapshot_xmin(pg_current_snapshot())::text::bigint * $2
        ORDER BY concordat_events.global_position
        LIMIT $3`,
      [(options.after ?? -1n).toString(), POSITIONS_PER_TRANSACTION.toString(), limit],
    );
    return rows.map(toStoredEvent);
  }

  subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<StoredEvent> {
    return pollUntilAborted({
      after: options.after,
      signal: options.signal,
      readPage: (after) => this.readAll({ after, maxCount: this.pageSize }),
      pageSize: this.pageSize,
      waitForMore: (signal) => this.wakeUps.next(signal),
    });
  }

  async headPosition(): Promise<bigint | null> {
    const [row] = await this.database.query<{ head: string | null }>(
      'SELECT max(global_position)::text AS head FROM concordat_events',
    );
    return row?.head ? BigInt(row.head) : null;
  }

  async ping(): Promise<void> {
    await this.database.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.wakeUps.close();
  }
}
