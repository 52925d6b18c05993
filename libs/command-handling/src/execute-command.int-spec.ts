import { randomUUID } from 'node:crypto';
import {
  EVENT_STORE_MIGRATIONS,
  migrate,
  PostgresDatabase,
  SqlEventStore,
  type EventStore,
} from '@concordat/event-store';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '@concordat/event-store/testing/postgres-test-database';
import { AggregateCache } from './aggregate-cache';
import { executeCommand } from './execute-command';
import { anAdd, tallyDecider } from './testing/tally-decider';

describe('executing commands through the aggregate cache, on PostgreSQL', () => {
  let testDatabase: TestDatabase;
  let database: PostgresDatabase;
  let store: SqlEventStore;

  beforeAll(async () => {
    testDatabase = await createPostgresTestDatabase();
    database = new PostgresDatabase(testDatabase.url);
    await migrate(database, EVENT_STORE_MIGRATIONS);
    store = new SqlEventStore(database);
  });

  afterAll(async () => {
    await store.close();
    await database.close();
    await testDatabase.drop();
  });

  const values = async (streamId: string) => {
    const found: unknown[] = [];
    for await (const event of store.readStream(streamId)) found.push(event.data['value']);
    return found;
  };

  it('answers a retried command with its original outcome, after later commands', async () => {
    // Given a command, then others, handled through the cache
    const streamId = `tally-${randomUUID()}`;
    const cache = new AggregateCache();
    const first = await executeCommand(store, tallyDecider, streamId, anAdd(1, 'c-1'), { cache });
    await executeCommand(store, tallyDecider, streamId, anAdd(2, 'c-2'), { cache });
    await executeCommand(store, tallyDecider, streamId, anAdd(3, 'c-3'), { cache });
    // When the first is sent again
    const retried = await executeCommand(store, tallyDecider, streamId, anAdd(1, 'c-1'), {
      cache,
    });
    // Then it answers what it did the first time and appends nothing
    expect(retried).toEqual({ ...first, alreadyHandled: true });
    expect(await values(streamId)).toEqual([1, 2, 3]);
  });

  it('reloads and decides again when another writer appended between its read and its append', async () => {
    // Given a cached stream, and another process that appends just before this one does
    const streamId = `tally-${randomUUID()}`;
    const cache = new AggregateCache();
    await executeCommand(store, tallyDecider, streamId, anAdd(1, 'c-1'), { cache });
    let raced = false;
    const racing: EventStore = Object.create(store, {
      appendToStream: {
        value: async (...args: Parameters<EventStore['appendToStream']>) => {
          if (!raced) {
            raced = true;
            await executeCommand(store, tallyDecider, streamId, anAdd(2, 'c-other'));
          }
          return store.appendToStream(...args);
        },
      },
    }) as EventStore;
    // When a command is handled meanwhile
    const outcome = await executeCommand(racing, tallyDecider, streamId, anAdd(3, 'c-3'), {
      cache,
    });
    // Then its first append conflicted, and it decided again on the stream with both events
    expect(outcome.revision).toBe(2n);
    expect(await values(streamId)).toEqual([1, 2, 3]);
    const loaded = await cache.load(store, tallyDecider, streamId);
    expect(loaded.state.values).toEqual([1, 2, 3]);
  });
});
