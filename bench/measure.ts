/** Runs `work` `runs` times and returns the median rate in operations per second. */
export async function medianRate(
  runs: number,
  operations: number,
  work: (run: number) => Promise<void>,
): Promise<number> {
  const rates: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint();
    await work(run);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rates.push(operations / seconds);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] ?? 0;
}
