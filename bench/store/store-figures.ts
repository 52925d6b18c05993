import type { NewEvent } from '@concordat/event-store';
import { progressReport } from '../history/country-history';
import { SeededRandom } from '../history/seeded-random';
import { inParallel, median, timed } from '../measure';
import { besideCeiling, type Figure, type StoreName } from '../report';
import type { Scale } from '../scale';
import { openBenchStore, type BenchStore } from './bench-stores';
import {
  copyEventsToCeiling,
  createCeilingTable,
  insertPlainly,
  readPlainly,
} from './ceiling-table';

const APPEND_TARGETS = { sequential: 0.85, concurrent: 0.7, batches: 0.75 } as const;
const CATCH_UP_TARGET = 60_000;
const CATCH_UP_DELIVERY_TIMEOUT_MS = 120_000;

/** Figures 1 and 2 on one store: appends, a stream read and the global log's catch-up. */
export async function storeFigures(scale: Scale, name: StoreName): Promise<Figure[]> {
  const bench = await openBenchStore(name, scale.concurrency);
  const random = new SeededRandom(name === 'PostgreSQL' ? 1 : 2);
  let sequence = 0;
  const freshEvents = (count: number) =>
    Array.from({ length: count }, () => progressReport(random, (sequence += 1)));
  try {
    const first = bench.plain[0];
    if (!first) throw new Error('no plain connection');
    await createCeilingTable(first);
    const targetOf = (ratio: number) => (name === 'PostgreSQL' ? ratio : null);
    const figures: Figure[] = [];

    const sequential = await sideBySide(scale.runs, scale.streams, freshEvents, {
      concordat: async (events, run) => {
        for (const [index, event] of events.entries()) {
          await bench.store.appendToStream(`seq-${run}-${index}`, [event], 'no_stream');
        }
      },
      ceiling: async (events, run) => {
        for (const [index, event] of events.entries()) {
          await insertPlainly(first, `seq-${run}-${index}`, [event]);
        }
      },
    });
    figures.push(
      besideCeiling(
        {
          figure: `1a sequential 1-event appends to ${scale.streams} streams`,
          store: name,
          value: sequential.concordat,
          unit: 'appends/s',
        },
        sequential.ceiling,
        targetOf(APPEND_TARGETS.sequential),
      ),
    );

    const concurrent = await sideBySide(scale.runs, scale.streams, freshEvents, {
      concordat: (events, run) =>
        eachWorker(scale.concurrency, events, async (event, index) => {
          await bench.store.appendToStream(`par-${run}-${index}`, [event], 'no_stream');
        }),
      ceiling: (events, run) =>
        eachWorker(scale.concurrency, events, async (event, index, worker) => {
          const connection = bench.plain[worker % bench.plain.length] ?? first;
          await insertPlainly(connection, `par-${run}-${index}`, [event]);
        }),
    });
    figures.push(
      besideCeiling(
        {
          figure: `1b 1-event appends, ${scale.concurrency} concurrent appenders`,
          store: name,
          value: concurrent.concordat,
          unit: 'appends/s',
        },
        concurrent.ceiling,
        targetOf(APPEND_TARGETS.concurrent),
      ),
    );

    const batchEvents = scale.batches * scale.batchSize;
    const batches = await sideBySide(scale.runs, batchEvents, freshEvents, {
      concordat: async (events, run) => {
        for (let batch = 0; batch < scale.batches; batch += 1) {
          const slice = events.slice(batch * scale.batchSize, (batch + 1) * scale.batchSize);
          await bench.store.appendToStream(`batch-${run}-${batch}`, slice, 'no_stream');
        }
      },
      ceiling: async (events, run) => {
        for (let batch = 0; batch < scale.batches; batch += 1) {
          const slice = events.slice(batch * scale.batchSize, (batch + 1) * scale.batchSize);
          await insertPlainly(first, `batch-${run}-${batch}`, slice);
        }
      },
    });
    figures.push(
      besideCeiling(
        {
          figure: `1c ${scale.batchSize}-event appends`,
          store: name,
          value: batches.concordat,
          unit: 'events/s',
        },
        batches.ceiling,
        targetOf(APPEND_TARGETS.batches),
      ),
    );

    figures.push(await streamRead(bench, scale, freshEvents));
    figures.push(await catchUp(bench, scale, freshEvents));
    return figures;
  } finally {
    await bench.close();
  }
}

interface Sides {
  concordat(events: readonly NewEvent[], run: number): Promise<void>;
  ceiling(events: readonly NewEvent[], run: number): Promise<void>;
}

/**
 * The store and its ceiling, run after run in turn (so a noisy neighbour weighs on both alike),
 * each on events of its own made before the clock starts; median rates of each.
 */
async function sideBySide(
  runs: number,
  operations: number,
  freshEvents: (count: number) => NewEvent[],
  sides: Sides,
): Promise<{ concordat: number; ceiling: number }> {
  const concordat: number[] = [];
  const ceiling: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const ours = freshEvents(operations);
    const theirs = freshEvents(operations);
    concordat.push(operations / (await timed(() => sides.concordat(ours, run))));
    ceiling.push(operations / (await timed(() => sides.ceiling(theirs, run))));
  }
  return { concordat: median(concordat), ceiling: median(ceiling) };
}

/** Shares the events among `workers` appenders, each appending its share in turn. */
async function eachWorker(
  workers: number,
  events: readonly NewEvent[],
  append: (event: NewEvent, index: number, worker: number) => Promise<void>,
): Promise<void> {
  await inParallel(workers, async (worker) => {
    for (let index = worker; index < events.length; index += workers) {
      const event = events[index];
      if (event) await append(event, index, worker);
    }
  });
}

async function streamRead(
  bench: BenchStore,
  scale: Scale,
  freshEvents: (count: number) => NewEvent[],
): Promise<Figure> {
  const streamId = 'one-long-stream';
  const before = (await bench.store.headPosition()) ?? -1n;
  for (let written = 0; written < scale.streamReadEvents; written += scale.batchSize) {
    await bench.store.appendToStream(streamId, freshEvents(scale.batchSize));
  }
  const first = bench.plain[0];
  if (!first) throw new Error('no plain connection');
  await copyEventsToCeiling(first, before);
  const counts: number[] = [];
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < scale.runs; run += 1) {
    let count = 0;
    ours.push(
      scale.streamReadEvents /
        (await timed(async () => {
          for await (const event of bench.store.readStream(streamId)) count += event ? 1 : 0;
        })),
    );
    counts.push(count);
    theirs.push(
      scale.streamReadEvents /
        (await timed(async () => {
          await readPlainly(first, 'stream_id = $1', 'stream_revision', [streamId]);
        })),
    );
  }
  return besideCeiling(
    {
      figure: `2a read one stream of ${scale.streamReadEvents} events`,
      store: bench.name,
      value: median(ours),
      unit: 'events/s',
      detail: { delivered: Math.min(...counts), expected: scale.streamReadEvents },
    },
    median(theirs),
    null,
  );
}

/**
 * A live subscriber follows while the concurrent appenders write, and must receive every event;
 * then fresh subscribers catch up on the same events from the start, timed.
 */
async function catchUp(
  bench: BenchStore,
  scale: Scale,
  freshEvents: (count: number) => NewEvent[],
): Promise<Figure> {
  const before = (await bench.store.headPosition()) ?? -1n;
  const appendSize = 10;
  const appends = Math.ceil(scale.catchUpEvents / appendSize);
  const total = appends * appendSize;
  const live = follow(bench, before, total);
  const batches = Array.from({ length: appends }, () => freshEvents(appendSize));
  await inParallel(scale.concurrency, async (worker) => {
    for (let index = worker; index < appends; index += scale.concurrency) {
      const batch = batches[index];
      if (batch) await bench.store.appendToStream(`catch-up-${worker}`, batch);
    }
  });
  const deliveredLive = await live;
  const first = bench.plain[0];
  if (!first) throw new Error('no plain connection');
  await copyEventsToCeiling(first, before);
  const ours: number[] = [];
  const theirs: number[] = [];
  let deliveredOnCatchUp = total;
  for (let run = 0; run < scale.runs; run += 1) {
    let delivered = 0;
    ours.push(
      total /
        (await timed(async () => {
          delivered = await follow(bench, before, total);
        })),
    );
    deliveredOnCatchUp = Math.min(deliveredOnCatchUp, delivered);
    theirs.push(
      total /
        (await timed(async () => {
          await readPlainly(first, 'global_position > $1', 'global_position', [before.toString()]);
        })),
    );
  }
  const value = median(ours);
  const everyEvent = deliveredLive === total && deliveredOnCatchUp === total;
  return {
    ...besideCeiling(
      {
        figure: `2b global-log catch-up, ${total} events by ${scale.concurrency} appenders`,
        store: bench.name,
        value,
        unit: 'events/s',
        detail: { deliveredLive, deliveredOnCatchUp, expected: total },
      },
      median(theirs),
      null,
    ),
    target:
      bench.name === 'PostgreSQL'
        ? `>= ${CATCH_UP_TARGET} events/s, all delivered`
        : 'all delivered',
    meets: everyEvent && (bench.name === 'PGlite' || value >= CATCH_UP_TARGET),
  };
}

/** Subscribes after `after` until `expected` events arrived (or a timeout); returns the count. */
async function follow(bench: BenchStore, after: bigint, expected: number): Promise<number> {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), CATCH_UP_DELIVERY_TIMEOUT_MS);
  let delivered = 0;
  try {
    for await (const event of bench.store.subscribeToAll({ after, signal: controller.signal })) {
      delivered += event ? 1 : 0;
      if (delivered >= expected) break;
    }
  } finally {
    clearTimeout(timeout);
    controller.abort();
  }
  return delivered;
}
