import { migrate } from './migrator';
import { EVENT_STORE_MIGRATIONS } from './migrations';
import { SqlEventStore } from './sql-event-store';
import { PostgresDatabase } from '../postgres/postgres-database';
import { anEvent } from '../testing/event-builder';
import { createPostgresTestDatabase, type TestDatabase } from '../testing/postgres-test-database';

/** Longer than any test here may take: a subscriber woken by its poll would fail the test. */
const POLL_INTERVAL_MS = 60_000;
const APPENDS = 5;

/**
 * Appends that commit in quick succession share one notification to other processes. Each of
 * them must still reach a subscriber in another process at once, not at its next poll: the last
 * ones are carried by the notification sent after the interval.
 */
describe('live wake-ups of the SQL store on PostgreSQL', () => {
  let database: TestDatabase;
  let writer: PostgresDatabase;
  let reader: PostgresDatabase;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    writer = new PostgresDatabase(database.url);
    reader = new PostgresDatabase(database.url);
    await migrate(writer, EVENT_STORE_MIGRATIONS);
  });

  afterAll(async () => {
    await writer?.close();
    await reader?.close();
    await database?.drop();
  });

  it('delivers a burst of appends to a subscriber of another process, without polling', async () => {
    const writing = new SqlEventStore(writer, { pollIntervalMs: POLL_INTERVAL_MS });
    const reading = new SqlEventStore(reader, { pollIntervalMs: POLL_INTERVAL_MS });
    const stop = new AbortController();
    const delivered: string[] = [];
    const subscription = (async () => {
      for await (const event of reading.subscribeToAll({ signal: stop.signal })) {
        delivered.push(event.id);
        if (delivered.length === APPENDS) stop.abort();
      }
    })();
    await listenerConnected(writer);

    const appended: string[] = [];
    for (let index = 0; index < APPENDS; index += 1) {
      const event = anEvent().build();
      await writing.appendToStream(`burst-${index}`, [event]);
      appended.push(event.id);
    }

    await subscription;
    expect(delivered).toEqual(appended);
    await writing.close();
    await reading.close();
  }, 20_000);

  it('ends a subscription aborted on its last event at once, not at its next poll', async () => {
    const store = new SqlEventStore(reader, { pollIntervalMs: POLL_INTERVAL_MS });
    const event = anEvent().build();
    const { positions } = await store.appendToStream('aborted-on-its-last-event', [event]);
    const stop = new AbortController();
    const delivered: string[] = [];

    for await (const seen of store.subscribeToAll({
      after: positions[0]! - 1n,
      signal: stop.signal,
    })) {
      delivered.push(seen.id);
      stop.abort();
    }

    expect(delivered).toEqual([event.id]);
    await store.close();
  }, 20_000);
});

/** Resolves once a connection to the database has run LISTEN: the subscriber's first wait. */
async function listenerConnected(database: PostgresDatabase): Promise<void> {
  for (;;) {
    const [row] = await database.query<{ listening: boolean }>(
      `SELECT count(*) > 0 AS listening FROM pg_stat_activity
        WHERE datname = current_database() AND query LIKE 'LISTEN %'`,
    );
    if (row?.listening) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
