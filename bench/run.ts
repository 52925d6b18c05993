/**
 * `npm run bench`: every figure of the suite, each beside its ceiling or target, on PostgreSQL
 * (DATABASE_URL or the local server, in databases it creates and drops) and on PGlite. Prints a
 * table and writes bench/results/latest.json. `BENCH_SCALE=small` for a quick run;
 * `BENCH_ONLY=store,history,api` to run some groups only, `BENCH_STORES=PostgreSQL` one store.
 */
import { testServerUrl } from '@concordat/event-store/testing/postgres-test-database';
import { describeMachine } from './machine';
import { printTable, writeResults, type Figure, type StoreName } from './report';
import { scaleFromEnvironment, type Scale } from './scale';
import { apiFigures } from './api/api-figures';
import { historyFigures } from './history/history-figures';
import { storeFigures } from './store/store-figures';

const STORES: readonly StoreName[] = ['PostgreSQL', 'PGlite'];

function chosen<T extends string>(variable: string, known: readonly T[]): readonly T[] {
  const named = process.env[variable]?.split(',').filter(Boolean);
  if (!named) return known;
  const unknown = named.filter((name) => !known.includes(name as T));
  if (unknown.length > 0) throw new Error(`${variable}: unknown ${unknown.join(', ')}`);
  return named as T[];
}

const GROUPS: Record<string, (scale: Scale, store: StoreName) => Promise<Figure[]>> = {
  store: storeFigures,
  api: apiFigures,
  history: historyFigures,
};

async function main(): Promise<void> {
  const scale = scaleFromEnvironment();
  const groups = chosen('BENCH_ONLY', Object.keys(GROUPS));
  const stores = chosen('BENCH_STORES', STORES);
  const machine = await describeMachine(testServerUrl());
  const figures: Figure[] = [];
  const measured = new Set<string>();
  for (const [group, run] of Object.entries(GROUPS)) {
    if (!groups.includes(group)) continue;
    for (const store of stores) {
      console.error(`${group} figures on ${store} (${scale.name} scale)...`);
      figures.push(...(await run(scale, store)).map((figure) => ({ ...figure, group })));
      measured.add(`${group}/${store}`);
      // Written as each group ends, so a long run that is stopped still leaves what it measured.
      writeResults(machine, scale.name, scale.runs, figures, measured);
    }
  }
  printTable(figures);
  console.error(`written to ${writeResults(machine, scale.name, scale.runs, figures, measured)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
