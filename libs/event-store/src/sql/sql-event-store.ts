import type {
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
} from '../port/event-store.port';
import { EventStoreError, EventStoreErrorCode } from '../port/event-store.error';
import type { AppendResult, NewEvent, StoredEvent } from '../port/events';
import { describeExpectedRevision, type ExpectedRevision } from '../port/expected-revision';
import { recognizeReplay } from '../port/idempotent-replay';
import { validateAppend } from '../port/validate-append';
import { validateReadAll, validateReadStream } from '../port/validate-read';
import { pollUntilAborted } from '../port/poll-until-aborted';
import { canonicalTemplate, joinTemplates } from './canonical-template';
import { EVENT_COLUMNS, toStoredEvent, type EventRow } from './event-row';
import { BELOW_GAP_SAFE_HORIZON } from './gap-safe-horizon';
import { constraintOf, sqlStateOf, UNIQUE_VIOLATION, type SqlDatabase } from './sql-database';
import { LiveWakeUps } from './live-wake-ups';

const DEFAULT_PAGE_SIZE = 1_000;

export interface SqlEventStoreOptions {
  /** How often a live subscriber looks for events when no notification woke it. */
  readonly pollIntervalMs?: number;
  readonly pageSize?: number;
}

interface AppendRow {
  readonly head_revision: string | null;
  /** Null when the stream's head did not satisfy the expected revision: nothing was written. */
  readonly first_position: string | null;
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
      const result = await this.appendInOneStatement(streamId, events, expectedRevision);
      this.wakeUps.announceAppend();
      return result;
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

  /**
   * The append is one statement committed on its own: one round trip, planned once per
   * connection. When the stream's head
   * does not satisfy the expectation the function writes nothing and says so; when an event id is
   * already stored the statement fails, and with it the whole append.
   */
  private async appendInOneStatement(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    const [appended] = await this.database.queryInOwnTransaction<AppendRow>(
      `SELECT head_revision::text AS head_revision, first_position::text AS first_position
         FROM concordat_append($1, $2, $3, $4)`,
      [
        streamId,
        typeof expectedRevision === 'bigint' ? 'exactly' : expectedRevision,
        typeof expectedRevision === 'bigint' ? expectedRevision.toString() : null,
        joinTemplates(events.map((event) => canonicalTemplate(event, streamId))),
      ],
      { reusePlan: true },
    );
    if (!appended) throw new Error('concordat_append returned no row');
    const head = appended.head_revision === null ? null : BigInt(appended.head_revision);
    if (appended.first_position === null) {
      throw EventStoreError.wrongExpectedRevision(
        streamId,
        describeExpectedRevision(expectedRevision),
        head,
      );
    }
    const firstPosition = BigInt(appended.first_position);
    const firstRevision = head === null ? 0n : head + 1n;
    return {
      nextExpectedRevision: firstRevision + BigInt(events.length - 1),
      positions: events.map((_, index) => firstPosition + BigInt(index)),
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
    const rows = await this.database.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM concordat_events
        WHERE global_position > $1 AND ${BELOW_GAP_SAFE_HORIZON}
        ORDER BY concordat_events.global_position
        LIMIT $2`,
      [(options.after ?? -1n).toString(), limit],
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
