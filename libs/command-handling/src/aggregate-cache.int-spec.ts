import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  EVENT_STORE_MIGRATIONS,
  migrate,
  PostgresDatabase,
  SqlEventStore,
  type EventStore,
} from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '@concordat/event-store/testing/postgres-test-database';
import type { Upcaster } from '@concordat/shared-kernel';
import { AggregateCache } from './aggregate-cache';
import { loadAggregate } from './aggregate-stream';
import { CountingStore } from './testing/counting-store';
import { sumDecider, tallyDecider } from './testing/tally-decider';

/** Two stores on one database stand for two API processes. */
describe('the aggregate cache, on PostgreSQL', () => {
  let testDatabase: TestDatabase;
  let databases: PostgresDatabase[];
  let store: SqlEventStore;
  let otherProcess: SqlEventStore;

  beforeAll(async () => {
    testDatabase = await createPostgresTestDatabase();
    databases = [new PostgresDatabase(testDatabase.url), new PostgresDatabase(testDatabase.url)];
    await migrate(databases[0]!, EVENT_STORE_MIGRATIONS);
    store = new SqlEventStore(databases[0]!);
    otherProcess = new SqlEventStore(databases[1]!);
  });

  afterAll(async () => {
    await Promise.all([store.close(), otherProcess.close()]);
    await Promise.all(databases.map((database) => database.close()));
    await testDatabase.drop();
  });

  const newStream = () => `tally-${randomUUID()}`;
  const append = (to: EventStore, streamId: string, values: readonly number[], type = 'Added') =>
    to.appendToStream(
      streamId,
      values.map((value, index) =>
        anEvent()
          .ofType(type)
          .withId(randomUUID())
          .withData({ value })
          .withMetadata({ commandId: `add-${value}-${index}` })
          .build(),
      ),
      'any',
    );
  const range = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

  it('reads only the events appended since the last load, and folds them onto its state', async () => {
    // Given a stream of 50 events, loaded once
    const streamId = newStream();
    await append(store, streamId, range(50));
    const counting = new CountingStore(store);
    const cache = new AggregateCache();
    await cache.load(counting, tallyDecider, streamId);
    // When 3 more are appended and it is loaded again
    await append(store, streamId, [51, 52, 53]);
    counting.eventsRead = 0;
    const loaded = await cache.load(counting, tallyDecider, streamId);
    // Then only those 3 are read, and the state is the whole stream's
    expect(counting.eventsRead).toBe(3);
    expect(loaded.state.values).toEqual(range(53));
    expect(loaded.revision).toBe(52n);
  });

  it('answers as a full replay would, for any events appended between any loads', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.integer({ min: -1_000, max: 1_000 }), { maxLength: 6 }), {
          minLength: 1,
          maxLength: 5,
        }),
        async (batches) => {
          // Given a stream appended to batch by batch, loaded through the cache after each
          const streamId = newStream();
          const cache = new AggregateCache();
          for (const batch of batches) {
            if (batch.length > 0) await append(store, streamId, batch);
            const cached = await cache.load(store, tallyDecider, streamId);
            // Then each load equals a replay from the first event, retried commands included
            const replayed = await loadAggregate(store, tallyDecider, streamId);
            expect(cached.state).toEqual(replayed.state);
            expect(cached.revision).toBe(replayed.revision);
            for (const [index, value] of batch.entries()) {
              const commandId = `add-${value}-${index}`;
              expect(cached.handled.get(commandId)).toEqual(replayed.handled.get(commandId));
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('sees the events another process appended since it last loaded', async () => {
    // Given a stream this process has loaded
    const streamId = newStream();
    await append(store, streamId, [1, 2]);
    const cache = new AggregateCache();
    await cache.load(store, tallyDecider, streamId);
    // When another process appends to it
    await append(otherProcess, streamId, [3]);
    // Then the next load here includes that event
    expect((await cache.load(store, tallyDecider, streamId)).state.values).toEqual([1, 2, 3]);
  });

  it('never changes a state it has handed out when it folds later events on', async () => {
    // Given a state a load returned
    const streamId = newStream();
    await append(store, streamId, [1, 2]);
    const cache = new AggregateCache();
    const earlier = await cache.load(store, tallyDecider, streamId);
    // When later events are folded onto the cached state
    await append(store, streamId, [3]);
    await cache.load(store, tallyDecider, streamId);
    // Then the earlier state, revision and handled commands are as they were
    expect(earlier.state.values).toEqual([1, 2]);
    expect(earlier.revision).toBe(1n);
    expect(earlier.handled.get('add-3-0')).toBeUndefined();
  });

  it('evicts the least recently loaded stream when it holds as many streams as it may', async () => {
    // Given a cache for two streams, holding the first and second
    const [first, second, third] = [newStream(), newStream(), newStream()];
    for (const streamId of [first, second, third]) await append(store, streamId, [1, 2, 3]);
    const counting = new CountingStore(store);
    const cache = new AggregateCache({ streams: 2 });
    await cache.load(counting, tallyDecider, first);
    await cache.load(counting, tallyDecider, second);
    // When the first is used again and a third stream is loaded
    await cache.load(counting, tallyDecider, first);
    await cache.load(counting, tallyDecider, third);
    // Then the second, least recently loaded, is replayed in full; the first is not
    expect(cache.size).toBe(2);
    counting.eventsRead = 0;
    await cache.load(counting, tallyDecider, first);
    expect(counting.eventsRead).toBe(0);
    await cache.load(counting, tallyDecider, second);
    expect(counting.eventsRead).toBe(3);
  });

  it('evicts streams when their events together pass its bound, and never keeps a longer one', async () => {
    // Given a cache for 5 events, holding a stream of 3
    const [first, second, long] = [newStream(), newStream(), newStream()];
    await append(store, first, [1, 2, 3]);
    await append(store, second, [1, 2]);
    await append(store, long, range(6));
    const cache = new AggregateCache({ events: 5 });
    await cache.load(store, tallyDecider, first);
    // When a stream of 2 is loaded, then the first grows to 4
    await cache.load(store, tallyDecider, second);
    expect(cache.size).toBe(2);
    await append(store, first, [4]);
    await cache.load(store, tallyDecider, first);
    // Then the second, least recently loaded, makes room
    expect(cache.size).toBe(1);
    // And a stream of 6 is not kept at all, though it loads in full
    expect((await cache.load(store, tallyDecider, long)).state.values).toEqual(range(6));
    expect(cache.size).toBe(0);
  });

  it('keeps the states of two deciders, or two sets of upcasters, over one stream apart', async () => {
    // Given one stream folded by two deciders, and by one decider with and without an upcaster
    const streamId = newStream();
    await append(store, streamId, [1, 2, 3]);
    const doubling: Upcaster = {
      type: 'Added',
      fromVersion: 1,
      upcast: (data) => ({ value: (data['value'] as number) * 2 }),
    };
    const cache = new AggregateCache();
    // When each is loaded twice through one cache
    for (let time = 0; time < 2; time += 1) {
      const tally = await cache.load(store, tallyDecider, streamId);
      const sum = await cache.load(store, sumDecider, streamId);
      const upcast = await cache.load(store, tallyDecider, streamId, [doubling]);
      // Then each keeps its own state
      expect(tally.state.values).toEqual([1, 2, 3]);
      expect(sum.state).toBe(6);
      expect(upcast.state.values).toEqual([2, 4, 6]);
    }
    expect(cache.size).toBe(3);
  });

  describe('a stream whose events hold personal data', () => {
    const personalData = {
      fields: [{ type: 'NameRecorded', sealedFrom: 1, fields: ['name'], subjectOf: () => 'p' }],
      erasures: [{ type: 'NameErased', subjectOf: () => 'p' }],
    };

    it('is never kept, so each load replays it in full', async () => {
      // Given a stream with an event holding personal data
      const streamId = newStream();
      await append(store, streamId, [1]);
      await append(store, streamId, [2], 'NameRecorded');
      const counting = new CountingStore(store);
      const cache = new AggregateCache({ personalData });
      // When it is loaded twice
      await cache.load(counting, sumDecider, streamId);
      await cache.load(counting, sumDecider, streamId);
      // Then nothing is kept and both loads read every event
      expect(cache.size).toBe(0);
      expect(counting.eventsRead).toBe(4);
    });

    it('is dropped once such an event, or an erasure, is appended to a kept stream', async () => {
      for (const type of ['NameRecorded', 'NameErased']) {
        // Given a kept stream with no personal data yet
        const streamId = newStream();
        await append(store, streamId, [1]);
        const cache = new AggregateCache({ personalData });
        await cache.load(store, sumDecider, streamId);
        expect(cache.size).toBe(1);
        // When an event of that kind is appended and the stream loaded
        await append(store, streamId, [2], type);
        await cache.load(store, sumDecider, streamId);
        // Then its state is no longer kept
        expect(cache.size).toBe(0);
      }
    });
  });
});
