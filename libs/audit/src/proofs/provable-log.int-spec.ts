import {
  EVENT_STORE_MIGRATIONS,
  type EventStore,
  migrate,
  PostgresDatabase,
  type ReadAllOptions,
  SqlEventStore,
  type StoredEvent,
} from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '@concordat/event-store/testing/postgres-test-database';
import { generateSigningKeyPair } from '@concordat/integrity';
import { issueCheckpoint } from '../checkpoints/issue-checkpoint';
import { SqlCheckpointStore } from '../checkpoints/sql-checkpoint-store';
import { readLogToHead } from '../log/read-log-to-head';
import { checkPublishedProof } from './check-published-proof';
import { LogDiffersFromCheckpoint } from './proof-refusals';
import { ProvableLog } from './provable-log';

const key = generateSigningKeyPair();

/** The store itself, counting the events the log under test reads from it. */
function counted(store: EventStore): { store: EventStore; eventsRead: () => number } {
  let read = 0;
  const readAll = async (options?: ReadAllOptions) => {
    const page = await store.readAll(options);
    read += page.length;
    return page;
  };
  return {
    store: Object.assign(Object.create(store) as EventStore, { readAll }),
    eventsRead: () => read,
  };
}

describe('a log that proves against its checkpoints, on PostgreSQL', () => {
  let testDatabase: TestDatabase;
  let database: PostgresDatabase;
  let events: SqlEventStore;
  let checkpoints: SqlCheckpointStore;

  beforeEach(async () => {
    testDatabase = await createPostgresTestDatabase();
    database = new PostgresDatabase(testDatabase.url);
    await migrate(database, EVENT_STORE_MIGRATIONS);
    events = new SqlEventStore(database);
    checkpoints = new SqlCheckpointStore(database);
  });
  afterEach(async () => {
    await events.close();
    await database.close();
    await testDatabase.drop();
  });

  async function grow(streams: number): Promise<void> {
    for (let stream = 0; stream < streams; stream += 1) {
      await events.appendToStream(`stream-${stream}`, anEvent().buildMany(3));
    }
  }

  const sign = () =>
    issueCheckpoint({
      events,
      checkpoints,
      privateKeyPem: key.privateKeyPem,
      issuedAt: new Date().toISOString(),
    });

  async function everyEvent(): Promise<StoredEvent[]> {
    const all: StoredEvent[] = [];
    for await (const event of readLogToHead(events)) all.push(event);
    return all;
  }

  it('proves every signed event, reading each event once as checkpoints are added', async () => {
    const { store, eventsRead } = counted(events);
    const log = new ProvableLog(store, checkpoints);
    await grow(4);
    await sign();

    const first = await log.proofSource();
    expect(eventsRead()).toBe(12);
    await grow(3);
    await sign();
    const second = await log.proofSource();
    expect(eventsRead()).toBe(21);
    await log.proofSource();
    expect(eventsRead()).toBe(21);

    const [earlier, later] = second.checkpoints;
    for (const event of await everyEvent()) {
      const proof = second.inclusionProof(event, later!);
      expect(checkPublishedProof(proof, key.publicKeyPem).problems).toEqual([]);
    }
    expect(first.checkpoints).toEqual([earlier]);
    const consistency = second.consistencyProof(earlier!, later!);
    expect(checkPublishedProof(consistency, key.publicKeyPem).problems).toEqual([]);
  });

  it('has nothing to prove before the first checkpoint, and reads nothing', async () => {
    const { store, eventsRead } = counted(events);
    await grow(2);

    const source = await new ProvableLog(store, checkpoints).proofSource();

    expect(source.latest()).toBeUndefined();
    expect(eventsRead()).toBe(0);
  });

  it('proves nothing once an event a checkpoint signed has been changed', async () => {
    await grow(3);
    await sign();
    await database.exec(`
      ALTER TABLE concordat_events DISABLE TRIGGER ALL;
      UPDATE concordat_events SET hash = repeat('0', 64)
       WHERE global_position = (SELECT min(global_position) FROM concordat_events);
      ALTER TABLE concordat_events ENABLE TRIGGER ALL;
    `);
    const log = new ProvableLog(events, checkpoints);

    await expect(log.proofSource()).rejects.toThrow(
      new LogDiffersFromCheckpoint(
        "the log's first 9 events no longer have the root the checkpoint of tree size 9 signed",
      ),
    );
    await expect(log.proofSource()).rejects.toThrow(LogDiffersFromCheckpoint);
  });

  it('proves nothing once the events a checkpoint signed are gone', async () => {
    await grow(3);
    await sign();
    await database.exec(`
      ALTER TABLE concordat_events DISABLE TRIGGER ALL;
      DELETE FROM concordat_events
       WHERE global_position = (SELECT max(global_position) FROM concordat_events);
      ALTER TABLE concordat_events ENABLE TRIGGER ALL;
    `);

    await expect(new ProvableLog(events, checkpoints).proofSource()).rejects.toThrow(
      new LogDiffersFromCheckpoint(
        'the log holds 8 events, fewer than the 9 the checkpoint of tree size 9 signed',
      ),
    );
  });
});
