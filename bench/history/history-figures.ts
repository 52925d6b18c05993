import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PRIVATE_KEY_FILE,
  PUBLIC_KEY_FILE,
} from '../../apps/cli/src/commands/keys-generate.command';
import { inParallel, megabytes, timed } from '../measure';
import { besideCeiling, type Figure, type StoreName } from '../report';
import type { Scale } from '../scale';
import { openBenchStore, type BenchStore } from '../store/bench-stores';
import { runCli, type TimedCommand } from './child-process';
import { countryHistory, PARTNERSHIPS } from './country-history';
import { verifyCeiling } from './verify-ceiling';

const REBUILD_TARGET = 25_000;
const VERIFY_TARGET = 100_000;
/** PGlite is the store of one partnership's office: its share of the country's history. */
const PGLITE_SHARE = PARTNERSHIPS;
const LOADERS = 8;

/**
 * Figures 6, 8 and 9 (rebuild and verify): the generated history loaded through the store, then
 * `concordat projections rebuild` and `concordat audit verify` run on it as separate processes,
 * as an operator runs them, each timed from inside its process once its modules are loaded.
 */
export async function historyFigures(scale: Scale, name: StoreName): Promise<Figure[]> {
  const target = name === 'PostgreSQL' ? scale.historyEvents : scale.historyEvents / PGLITE_SHARE;
  const empty = await openBenchStore(name, LOADERS);
  await empty.close({ keepData: true });
  const keyDirectory = await mkdtemp(join(tmpdir(), 'concordat-bench-keys-'));
  try {
    const keys = join(keyDirectory, 'keys');
    await runCli(['keys', 'generate', '--out', keys], {});
    const env = {
      ...empty.env,
      LOG_LEVEL: 'silent',
      CONCORDAT_SIGNING_KEY_FILE: join(keys, PRIVATE_KEY_FILE),
      CONCORDAT_SIGNING_PUBLIC_KEY_FILE: join(keys, PUBLIC_KEY_FILE),
    };
    const rebuild = ['projections', 'rebuild', '--quiet'];
    const verify = ['audit', 'verify', '--quiet'];
    const onEmptyStore = { rebuild: await runCli(rebuild, env), verify: await runCli(verify, env) };
    const loading = await empty.reopen(LOADERS);
    const loaded = await load(loading, target, name === 'PostgreSQL' ? PARTNERSHIPS : 1)
      // A decade's log has long been vacuumed; one loaded a minute ago would otherwise be
      // vacuumed by the server during the runs below, and its first reader would set its hint bits.
      .then(async (figures) => {
        await loading.sql.exec('VACUUM (ANALYZE) concordat_events');
        return figures;
      })
      .finally(() => loading.close({ keepData: true }));
    // Verify checks the stream chains and the signed tree, as an auditor would.
    await runCli(['audit', 'checkpoint'], env);
    const rebuilt = await runCli(rebuild, env);
    const reading = await empty.reopen(1);
    const ceiling = await verifyCeiling(reading.plain[0]!).finally(() =>
      reading.close({ keepData: true }),
    );
    const verified = await runCli(verify, env);
    const size = `${loaded.events} events`;
    return [
      {
        figure: `load the generated history through the store (${LOADERS} appenders)`,
        store: name,
        value: Math.round(loaded.events / loaded.seconds),
        unit: 'events/s',
        detail: { events: loaded.events, streams: loaded.streams },
      },
      streamed(
        `6 projections rebuild over ${size}`,
        name,
        loaded.events,
        rebuilt,
        onEmptyStore.rebuild,
        REBUILD_TARGET,
      ),
      besideCeiling(
        streamed(
          `8 audit verify over ${size}`,
          name,
          loaded.events,
          verified,
          onEmptyStore.verify,
          VERIFY_TARGET,
        ),
        ceiling,
        // Its target is a rate of its own, which the figure keeps, not a share of the ceiling.
        null,
      ),
    ];
  } finally {
    await (await empty.reopen(1)).close();
    await rm(keyDirectory, { recursive: true, force: true });
  }
}

async function load(
  bench: BenchStore,
  target: number,
  partnerships: number,
): Promise<{ events: number; streams: number; seconds: number }> {
  const appends = countryHistory(target, partnerships);
  const streams = new Set<string>();
  let events = 0;
  const seconds = await timed(() =>
    inParallel(bench.name === 'PostgreSQL' ? LOADERS : 1, async () => {
      for (let next = appends.next(); !next.done; next = appends.next()) {
        await bench.store.appendToStream(next.value.streamId, next.value.events);
        events += next.value.events.length;
        streams.add(next.value.streamId);
      }
    }),
  );
  return { events, streams: streams.size, seconds };
}

/**
 * A command's rate beside its target, with its memory: the peak must not grow with the log, so it
 * is shown beside the peak in the run's first quarter and the peak on the empty store.
 */
function streamed(
  figure: string,
  store: StoreName,
  events: number,
  run: TimedCommand,
  onEmptyStore: TimedCommand,
  target: number,
): Figure {
  const value = Math.round(events / run.commandSeconds);
  return {
    figure,
    store,
    value,
    unit: 'events/s',
    ...(store === 'PostgreSQL' ? { target: `>= ${target} events/s`, meets: value >= target } : {}),
    detail: {
      seconds: Number(run.commandSeconds.toFixed(1)),
      peakRssMb: megabytes(run.peakRssBytes),
      peakRssFirstQuarterMb: megabytes(run.earlyRssBytes),
      peakRssOnEmptyStoreMb: megabytes(onEmptyStore.peakRssBytes),
      rssOnceLoadedMb: megabytes(run.rssBeforeBytes),
      ...cpuPerEvent(store, events, run),
    },
  };
}

/**
 * The CPU the command and PostgreSQL spent per event, and how busy the machine's cores were: what
 * a rate short of its target would need to shed to reach it. PGlite runs inside the command.
 */
function cpuPerEvent(store: StoreName, events: number, run: TimedCommand) {
  if (!run.cpu) return {};
  const perEvent = (seconds: number) => Number(((seconds / events) * 1e6).toFixed(1));
  return {
    cpuUsPerEvent: perEvent(run.cpu.processSeconds),
    ...(store === 'PostgreSQL'
      ? {
          postgresCpuUsPerEvent: perEvent(run.cpu.postgresSeconds),
          machineBusyPercent: Math.round(run.cpu.machineBusy * 100),
        }
      : {}),
  };
}
