import { readFileSync } from 'node:fs';

/** Seconds `work` took. */
export async function timed(work: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile; 0 for no values. */
export function percentile(values: readonly number[], rank: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1),
  );
  return sorted[index] ?? 0;
}

/** Runs `work` `runs` times and returns the median rate in operations per second. */
export async function medianRate(
  runs: number,
  operations: number,
  work: (run: number) => Promise<void>,
): Promise<number> {
  const rates: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    rates.push(operations / (await timed(() => work(run))));
  }
  return median(rates);
}

/** Runs `count` workers side by side, each given its index. */
export async function inParallel(
  count: number,
  worker: (index: number) => Promise<void>,
): Promise<void> {
  await Promise.all(Array.from({ length: count }, (_, index) => worker(index)));
}

/**
 * A live process's memory from the kernel, in bytes: `VmHWM` is the peak resident set so far,
 * `VmRSS` the current one. Null once the process has gone.
 */
export function memoryOf(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
    return match?.[1] ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
