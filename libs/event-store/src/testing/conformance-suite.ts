import { verifyStreamChain } from '../hashing/verify-stream-chain';
import type { EventStore } from '../port/event-store.port';
import { EventStoreError, EventStoreErrorCode } from '../port/event-store.error';
import type { StoredEvent } from '../port/events';
import type { ExpectedRevision } from '../port/expected-revision';
import { anEvent } from './event-builder';
import { readEverything } from './read-everything';

/** What the suite needs from an adapter under test. */
export interface ConformanceSubject {
  readonly store: EventStore;
  /** Holds the next append open just before it commits, where the adapter has transactions. */
  readonly holdNextCommit?: () => { reached: Promise<void>; release: () => void };
  /** Changes one byte of a stored event's data behind the store's back, where that is possible. */
  readonly tamperWithData?: (eventId: string) => Promise<void>;
  /** True where the store can only recognise an event id within its own stream (EventStoreDB). */
  readonly eventIdsUniquePerStreamOnly?: boolean;
  dispose(): Promise<void>;
}

export type OpenSubject = () => Promise<ConformanceSubject>;

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (error instanceof EventStoreError) return error.code;
    throw error;
  }
}

/** Consumes a live subscription in the background until `count` events arrived or it stops. */
function subscribeCollecting(store: EventStore, count: number, after?: bigint) {
  const controller = new AbortController();
  const received: StoredEvent[] = [];
  const done = (async () => {
    for await (const event of store.subscribeToAll({ after, signal: controller.signal })) {
      received.push(event);
      if (received.length >= count) break;
    }
  })();
  return { received, done, stop: () => controller.abort() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The behaviour every EventStore adapter promises. Each adapter's spec calls this with a way to
 * open a fresh, empty store; a case an adapter cannot express says so instead of passing quietly.
 */
export function describeEventStoreConformance(adapter: string, open: OpenSubject): void {
  describe(`${adapter} event store conformance`, () => {
    let subject: ConformanceSubject;
    let store: EventStore;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });

    afterEach(async () => {
      await subject.dispose();
    });

    describe('expected revision', () => {
      const cases: Array<[string, 'new' | 'at revision 1', ExpectedRevision, string]> = [
        ['any on a new stream', 'new', 'any', 'accepted'],
        ['any on an existing stream', 'at revision 1', 'any', 'accepted'],
        ['no_stream on a new stream', 'new', 'no_stream', 'accepted'],
        [
          'no_stream on an existing stream',
          'at revision 1',
          'no_stream',
          'WRONG_EXPECTED_REVISION',
        ],
        ['stream_exists on a new stream', 'new', 'stream_exists', 'WRONG_EXPECTED_REVISION'],
        ['stream_exists on an existing stream', 'at revision 1', 'stream_exists', 'accepted'],
        ['the exact current revision', 'at revision 1', 1n, 'accepted'],
        ['a stale revision', 'at revision 1', 0n, 'WRONG_EXPECTED_REVISION'],
        ['a revision ahead of the stream', 'at revision 1', 2n, 'WRONG_EXPECTED_REVISION'],
        ['an exact revision on a new stream', 'new', 0n, 'WRONG_EXPECTED_REVISION'],
      ];

      it.each(cases)('%s: %s', async (_name, given, expected, outcome) => {
        const streamId = 'agreement-1';
        if (given === 'at revision 1') {
          await store.appendToStream(streamId, anEvent().buildMany(2), 'no_stream');
        }
        const before = await collect(store.readStream(streamId));

        const result = await codeOf(store.appendToStream(streamId, [anEvent().build()], expected));

        expect(result).toBe(outcome);
        const after = await collect(store.readStream(streamId));
        expect(after).toHaveLength(before.length + (outcome === 'accepted' ? 1 : 0));
      });

      it('tells the caller the revision it now holds', async () => {
        const first = await store.appendToStream('s-1', anEvent().buildMany(3), 'no_stream');
        const second = await store.appendToStream('s-1', anEvent().buildMany(2), 2n);
        expect(first.nextExpectedRevision).toBe(2n);
        expect(second.nextExpectedRevision).toBe(4n);
        expect(second.idempotentReplay).toBe(false);
      });
    });

    it('lets exactly one of 50 concurrent appenders with the same expected revision win', async () => {
      await store.appendToStream('contested', [anEvent().build()], 'no_stream');

      const outcomes = await Promise.all(
        Array.from({ length: 50 }, () =>
          codeOf(store.appendToStream('contested', [anEvent().build()], 0n)),
        ),
      );

      expect(outcomes.filter((outcome) => outcome === 'accepted')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === 'WRONG_EXPECTED_REVISION')).toHaveLength(49);
      const revisions = (await collect(store.readStream('contested'))).map((e) => e.streamRevision);
      expect(revisions).toEqual([0n, 1n]);
    });

    it('serialises 50 concurrent appenders expecting any revision without gaps or duplicates', async () => {
      await Promise.all(
        Array.from({ length: 50 }, () => store.appendToStream('busy', anEvent().buildMany(2))),
      );
      const revisions = (await collect(store.readStream('busy'))).map((e) => e.streamRevision);
      expect(revisions).toEqual(Array.from({ length: 100 }, (_, index) => BigInt(index)));
    });

    describe('idempotency', () => {
      it('returns the original result for a re-append and writes nothing', async () => {
        const events = anEvent().buildMany(3);
        const original = await store.appendToStream('retried', events, 'no_stream');

        const retryAny = await store.appendToStream('retried', events, 'any');
        const retryExact = await store.appendToStream('retried', events, 'no_stream');

        for (const retry of [retryAny, retryExact]) {
          expect(retry.idempotentReplay).toBe(true);
          expect(retry.positions).toEqual(original.positions);
          expect(retry.nextExpectedRevision).toBe(original.nextExpectedRevision);
        }
        expect(await collect(store.readStream('retried'))).toHaveLength(3);
      });

      it('refuses the same id with different content, and writes nothing', async () => {
        const event = anEvent().withData({ amount: 100 }).build();
        await store.appendToStream('retried', [event], 'no_stream');

        const changed = { ...event, data: { amount: 101 } };
        expect(await codeOf(store.appendToStream('retried', [changed], 'any'))).toBe(
          'IDEMPOTENCY_CONFLICT',
        );
        expect(await collect(store.readStream('retried'))).toHaveLength(1);
        if (subject.eventIdsUniquePerStreamOnly) {
          console.info(`${adapter}: event ids are unique per stream only; no cross-stream check`);
          return;
        }
        expect(await codeOf(store.appendToStream('elsewhere', [event], 'any'))).toBe(
          'IDEMPOTENCY_CONFLICT',
        );
        expect(await collect(store.readStream('elsewhere'))).toHaveLength(0);
      });

      it('refuses an append of which only part is stored, and writes none of it', async () => {
        const [stored, fresh] = anEvent().buildMany(2) as [never, never];
        await store.appendToStream('partial', [stored], 'no_stream');

        expect(await codeOf(store.appendToStream('partial', [stored, fresh]))).toBe(
          'IDEMPOTENCY_CONFLICT',
        );
        expect(await collect(store.readStream('partial'))).toHaveLength(1);
      });
    });

    it('refuses invalid events before writing any of the append', async () => {
      const good = anEvent().build();
      const invalid = [
        { ...anEvent().build(), id: 'not-a-uuid' },
        { ...anEvent().build(), type: '' },
        { ...anEvent().build(), schemaVersion: 0 },
        { ...anEvent().build(), data: { amount: Number.NaN } },
        { ...anEvent().build(), data: { text: 'nul \u0000 byte' } },
        { ...anEvent().build(), data: { text: 'lone \ud800 surrogate' } },
        { ...anEvent().build(), metadata: { ...good.metadata, correlationId: 'nul \u0000' } },
        { ...anEvent().build(), metadata: { ...good.metadata, occurredAt: 'yesterday' } },
        { ...anEvent().build(), metadata: { ...good.metadata, actor: '' } },
      ];
      for (const bad of invalid) {
        expect(await codeOf(store.appendToStream('strict', [good, bad]))).toBe('INVALID_EVENT');
      }
      expect(await codeOf(store.appendToStream('has space', [good]))).toBe('INVALID_ARGUMENT');
      expect(await codeOf(store.appendToStream('strict', []))).toBe('INVALID_ARGUMENT');
      expect(await collect(store.readStream('strict'))).toHaveLength(0);
    });

    describe('reading a stream', () => {
      it('reads 10,000 events forwards and backwards, in revision order', async () => {
        const written = anEvent().buildMany(10_000);
        for (let start = 0; start < written.length; start += 1_000) {
          await store.appendToStream('long', written.slice(start, start + 1_000));
        }

        const forwards = await collect(store.readStream('long'));
        const backwards = await collect(store.readStream('long', { direction: 'backwards' }));

        expect(forwards.map((event) => event.id)).toEqual(written.map((event) => event.id));
        expect(backwards.map((event) => event.id)).toEqual(written.map((e) => e.id).reverse());
        expect(forwards.map((event) => event.streamRevision)).toEqual(
          written.map((_, index) => BigInt(index)),
        );
        expect([...verifyStreamChain(forwards)]).toEqual([]);
      });

      it('reads between revisions in either direction, and at most maxCount', async () => {
        await store.appendToStream('ranged', anEvent().buildMany(10));
        const revisions = async (options: Parameters<EventStore['readStream']>[1]) =>
          (await collect(store.readStream('ranged', options))).map((e) => Number(e.streamRevision));

        expect(await revisions({ fromRevision: 3n, toRevision: 6n })).toEqual([3, 4, 5, 6]);
        expect(
          await revisions({ direction: 'backwards', fromRevision: 6n, toRevision: 3n }),
        ).toEqual([6, 5, 4, 3]);
        expect(await revisions({ fromRevision: 8n, maxCount: 5 })).toEqual([8, 9]);
        expect(await revisions({ direction: 'backwards', maxCount: 2 })).toEqual([9, 8]);
        expect(await collect(store.readStream('never-written'))).toEqual([]);
      });

      it('refuses read options it cannot honour', async () => {
        const refused = [
          collect(store.readStream('ranged', { fromRevision: -1n })),
          collect(store.readStream('ranged', { maxCount: 0 })),
          collect(store.readStream('ranged', { recordedUpTo: 'last week' })),
          store.readAll({ maxCount: 10_001 }),
        ];
        for (const attempt of refused) expect(await codeOf(attempt)).toBe('INVALID_ARGUMENT');
      });

      it('reads a stream as it stood at a recorded time', async () => {
        await store.appendToStream('timed', anEvent().buildMany(2));
        const [, second] = await collect(store.readStream('timed'));
        await sleep(20);
        await store.appendToStream('timed', anEvent().buildMany(2));

        const asOf = await collect(store.readStream('timed', { recordedUpTo: second?.recordedAt }));

        expect(asOf.map((event) => event.streamRevision)).toEqual([0n, 1n]);
      });

      it('returns what was written, with the metadata and the store clock', async () => {
        const event = anEvent()
          .ofType('CommitmentMade')
          .withData({ partner: 'NHS Board', amount: { minorUnits: 250000, currency: 'GBP' } })
          .withMetadata({ actor: 'user:officer', commandId: 'cmd-1', causationId: 'cmd-1' })
          .build();
        const before = Date.now();
        const result = await store.appendToStream('exact', [event]);

        const [stored] = await collect(store.readStream('exact'));

        expect(stored).toMatchObject({ ...event, streamId: 'exact', streamRevision: 0n });
        expect(stored?.globalPosition).toBe(result.positions[0]);
        expect(Date.parse(stored?.recordedAt ?? '')).toBeGreaterThanOrEqual(before - 5_000);
      });
    });

    describe('the global log', () => {
      it('delivers every event of 20 concurrent writers exactly once, in position order', async () => {
        const subscription = subscribeCollecting(store, 10_000);
        const writers = Array.from({ length: 20 }, async (_, writer) => {
          for (let append = 0; append < 100; append += 1) {
            await store.appendToStream(`writer-${writer}`, anEvent().buildMany(5));
          }
        });
        await Promise.all(writers);
        await subscription.done;

        const ids = subscription.received.map((event) => event.id);
        expect(new Set(ids).size).toBe(10_000);
        const positions = subscription.received.map((event) => event.globalPosition);
        expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(new Set(positions).size).toBe(10_000);
      }, 120_000);

      it('knows the position of the last event committed', async () => {
        expect(await store.headPosition()).toBeNull();
        await store.appendToStream('head-1', anEvent().buildMany(3));
        const { positions } = await store.appendToStream('head-2', [anEvent().build()]);
        expect(await store.headPosition()).toBe(positions[0]);
      });

      it('reads pages after a checkpoint and resumes without skipping or repeating', async () => {
        await store.appendToStream('paged', anEvent().buildMany(25));
        // Another test's open transaction on the shared server can hold the horizon back for a
        // moment; paging starts once all 25 are visible, so each page's size is what paging made.
        await readEverything(store);
        const pages: StoredEvent[][] = [];
        let after: bigint | undefined;
        for (;;) {
          const page = await store.readAll({ after, maxCount: 10 });
          if (page.length === 0) break;
          pages.push([...page]);
          after = page.at(-1)?.globalPosition;
        }
        expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
        expect(pages.flat().map((event) => event.streamRevision)).toEqual(
          Array.from({ length: 25 }, (_, index) => BigInt(index)),
        );

        const resumed = subscribeCollecting(store, 1, pages[0]?.at(-1)?.globalPosition);
        await resumed.done;
        expect(resumed.received[0]?.streamRevision).toBe(10n);
      });

      it('never lets a subscriber skip an event whose transaction commits after a later one', async () => {
        if (!subject.holdNextCommit) {
          console.info(`${adapter}: the server assigns commit order; no transaction can be held`);
          return;
        }
        await store.appendToStream('before', [anEvent().build()]);
        const subscription = subscribeCollecting(store, 3);
        const gate = subject.holdNextCommit();
        const early = store.appendToStream('early', [anEvent().build()]);
        await gate.reached;
        // This append takes a higher position and, where transactions run side by side,
        // commits first.
        const late = store.appendToStream('late', [anEvent().build()]);
        await Promise.race([late, sleep(300)]);
        await sleep(300);
        const seenWhileHeld = subscription.received.map((event) => event.streamId);

        gate.release();
        const [earlyResult, lateResult] = await Promise.all([early, late]);
        await subscription.done;

        expect(seenWhileHeld).toEqual(['before']);
        expect(earlyResult.positions[0]! < lateResult.positions[0]!).toBe(true);
        expect(subscription.received.map((event) => event.streamId)).toEqual([
          'before',
          'early',
          'late',
        ]);
      });
    });

    describe('integrity', () => {
      it('chains every stream by hash, and the chain recomputes', async () => {
        await store.appendToStream('chained', anEvent().buildMany(5));
        await store.appendToStream('chained', anEvent().buildMany(5));
        const events = await collect(store.readStream('chained'));

        expect(events[0]?.previousHash).toBe('0'.repeat(64));
        events.slice(1).forEach((event, index) => {
          expect(event.previousHash).toBe(events[index]?.hash);
        });
        expect([...verifyStreamChain(events)]).toEqual([]);
      });

      it('detects a changed byte in stored data', async () => {
        if (!subject.tamperWithData) {
          console.info(`${adapter}: stored events cannot be changed in place; nothing to tamper`);
          return;
        }
        await store.appendToStream('tampered', anEvent().buildMany(4));
        const victim = (await collect(store.readStream('tampered')))[2]!;

        await subject.tamperWithData(victim.id);
        const breaks = [...verifyStreamChain(await collect(store.readStream('tampered')))];

        expect(breaks).toEqual([
          expect.objectContaining({ streamId: 'tampered', streamRevision: 2n }),
        ]);
      });
    });

    it('reports a wrong expected revision with the stream and both revisions', async () => {
      await store.appendToStream('described', anEvent().buildMany(2));
      const error = await store
        .appendToStream('described', [anEvent().build()], 0n)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventStoreError);
      expect(error).toMatchObject({
        code: EventStoreErrorCode.WrongExpectedRevision,
        details: { streamId: 'described', expected: 'revision 0', actual: '1' },
      });
    });
  });
}
