/**
 * How big a run is. `BENCH_SCALE=small` is a quick run (a minute or two) for development; the
 * default, `full`, is the scale the targets are stated at.
 */
export interface Scale {
  readonly name: 'small' | 'full';
  /** Each figure is the median of this many runs. */
  readonly runs: number;
  /** Streams receiving one 1-event append each, sequentially and by the concurrent appenders. */
  readonly streams: number;
  readonly concurrency: number;
  readonly batchSize: number;
  /** 100-event appends per run. */
  readonly batches: number;
  readonly streamReadEvents: number;
  readonly catchUpEvents: number;
  /** Events of the generated history that rebuild and verify read. */
  readonly historyEvents: number;
  readonly asOfStreamEvents: number;
  readonly httpSeconds: number;
}

const SCALES: Record<Scale['name'], Scale> = {
  small: {
    name: 'small',
    runs: 3,
    streams: 200,
    concurrency: 16,
    batchSize: 100,
    batches: 20,
    streamReadEvents: 2_000,
    catchUpEvents: 5_000,
    historyEvents: 30_000,
    asOfStreamEvents: 1_000,
    httpSeconds: 5,
  },
  full: {
    name: 'full',
    runs: 3,
    streams: 1_000,
    concurrency: 16,
    batchSize: 100,
    batches: 100,
    streamReadEvents: 10_000,
    catchUpEvents: 50_000,
    historyEvents: 1_000_000,
    asOfStreamEvents: 10_000,
    httpSeconds: 20,
  },
};

/** `BENCH_HISTORY_EVENTS` overrides the history's size, where a full rebuild would take hours. */
export function scaleFromEnvironment(): Scale {
  const name = process.env.BENCH_SCALE ?? 'full';
  if (name !== 'small' && name !== 'full') {
    throw new Error(`BENCH_SCALE must be small or full, not ${name}`);
  }
  const historyEvents = Number(process.env.BENCH_HISTORY_EVENTS ?? SCALES[name].historyEvents);
  if (!Number.isInteger(historyEvents) || historyEvents < 1) {
    throw new Error('BENCH_HISTORY_EVENTS must be a positive whole number');
  }
  return { ...SCALES[name], historyEvents };
}
