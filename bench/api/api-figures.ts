import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import {
  EVERY_WRITING_ROLE,
  TEST_JWT_SECRET,
  TEST_OPERATOR,
  testToken,
} from '../../apps/api/src/testing/test-tokens';
import { startCpuMeter, type CpuSpent } from '../cpu';
import { buildApi, startBuiltApi, type RunningChild } from '../history/child-process';
import { countryHistory, PARTNERSHIPS } from '../history/country-history';
import { megabytes, median, memoryOf, percentile, timed } from '../measure';
import type { Figure, StoreName } from '../report';
import type { Scale } from '../scale';
import { openBenchStore, type BenchStore } from '../store/bench-stores';
import {
  ACCOUNTABILITY_MATRIX,
  AGREEMENT_AS_OF,
  AGREEMENT_WITH_COMMITMENTS,
  AUDIT_TRAIL_PAGE,
  graphql,
  PROJECTION_STATUS,
  RECORD_OBSERVATION,
} from './graphql';
import { watchProjectionLag, type LagFigures } from './projection-lag';

const PARTNERSHIP = 'orkney-cpp-p0';
const AGREEMENT = 'soa-orkney-2008-11-p0';
/** Another partnership's agreement grows the long stream of figure 7, away from the mutations. */
const LONG_AGREEMENT = 'soa-orkney-2008-11-p1';
/** The store of one partnership's office, with a second partnership for the long stream. */
const PGLITE_PARTNERSHIPS = 2;
/**
 * The API's history: a twentieth of the country's on PostgreSQL, enough for pages and matrices to
 * be full; one partnership's share of that on PGlite, the store of one partnership's office.
 */
const API_HISTORY_SHARE = 20;
const AS_OF_QUERIES = 20;
const CATCH_UP_TIMEOUT_MS = 600_000;
const START_TIMEOUT_MS = 120_000;
const TARGET = { mutations: 800, mutationP99: 50, queryP99: 25, lagP99: 100, asOf: 50, rss: 300 };

interface MutationCpu {
  readonly spent: CpuSpent | null;
  /** autocannon and the lag watcher, in this process. */
  readonly loadGeneratorSeconds: number;
}

interface Load {
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly failed: number;
  readonly total: number;
}

/**
 * Figures 3, 4, 5, 7 and the API's memory (9): the API in a process of its own on a store holding
 * part of the generated history, loaded over HTTP by concurrent clients with autocannon.
 */
export async function apiFigures(scale: Scale, name: StoreName): Promise<Figure[]> {
  const bench = await openBenchStore(name, scale.concurrency);
  const asOfInstant = await prepare(bench, scale).catch(async (error: unknown) => {
    await bench.close();
    throw error;
  });
  await bench.close({ keepData: true });
  buildApi();
  const token = await testToken(TEST_OPERATOR, EVERY_WRITING_ROLE);
  const figures: Figure[] = [];
  let queries: Load[] = [];
  let asOf: Figure | null = null;
  let peakRssBytes = 0;
  let idleRss = 0;
  try {
    const api = await startApi(bench.env, token);
    try {
      idleRss = api.rssOnceStarted;
      const lag = bench.env.DATABASE_URL ? await watchProjectionLag(bench.env.DATABASE_URL) : null;
      const nextObservation = await observationBodies(api.url, token);
      const meter = startCpuMeter(api.pid);
      const loadGenerator = process.cpuUsage();
      const mutations = await load(api.url, token, scale, scale.httpSeconds, nextObservation);
      const { user, system } = process.cpuUsage(loadGenerator);
      const cpu = { spent: meter.stop(), loadGeneratorSeconds: (user + system) / 1e6 };
      figures.push(mutationFigure(name, scale, mutations, cpu), lagFigure(name, await lag?.stop()));
      queries = await queryLoads(api.url, token, scale);
      asOf = await asOfFigure(name, scale, api.url, token, asOfInstant);
    } finally {
      peakRssBytes = (await api.stop()).peakRssBytes;
    }
    // The same queries answered afresh each time, for what the answer cache saves.
    const afresh = await startApi({ ...bench.env, CONCORDAT_ANSWER_CACHE_MB: '0' }, token);
    try {
      const uncached = await queryLoads(afresh.url, token, scale);
      QUERIES.forEach(([label], index) =>
        figures.push(queryFigure(name, scale, label, queries[index]!, uncached[index]!)),
      );
      if (asOf) figures.push(asOf);
    } finally {
      await afresh.stop();
    }
  } finally {
    await (await bench.reopen(1)).close();
  }
  const peakMb = megabytes(peakRssBytes);
  figures.push({
    figure: '9a peak memory (RSS) of the API under the loads above',
    store: name,
    value: peakMb,
    unit: 'MB',
    // PGlite's figures have no targets: its database lives in the API's own memory.
    ...(name === 'PostgreSQL' ? { target: `< ${TARGET.rss} MB`, meets: peakMb < TARGET.rss } : {}),
    detail: { rssOnceStartedMb: megabytes(idleRss) },
  });
  return figures;
}

const QUERIES = [
  [
    '4a an agreement with outcomes, indicators, commitments',
    AGREEMENT_WITH_COMMITMENTS,
    { agreementId: AGREEMENT, partnershipId: PARTNERSHIP },
  ],
  [
    "4b a partnership's accountability matrix",
    ACCOUNTABILITY_MATRIX,
    { partnershipId: PARTNERSHIP },
  ],
  ['4c a page of the audit trail', AUDIT_TRAIL_PAGE, { partnershipId: PARTNERSHIP }],
] as const;

/** Each query of figure 4 for half the mutations' time, one after another. */
async function queryLoads(url: string, token: string, scale: Scale): Promise<Load[]> {
  const results: Load[] = [];
  for (const [, query, variables] of QUERIES) {
    const body = JSON.stringify({ query, variables });
    results.push(await load(url, token, scale, scale.httpSeconds / 2, () => body));
  }
  return results;
}

type RunningApi = RunningChild & {
  readonly url: string;
  /** Resident set once it answers, before its read models have caught up. */
  readonly rssOnceStarted: number;
};

/** The built API in a process of its own on the bench store, once its read models are current. */
async function startApi(env: Record<string, string>, token: string): Promise<RunningApi> {
  const port = await freePort();
  const api = startBuiltApi({
    ...env,
    PORT: String(port),
    NODE_ENV: 'production',
    CONCORDAT_DEMO: 'off',
    LOG_LEVEL: 'silent',
    CONCORDAT_JWT_SECRET: TEST_JWT_SECRET,
    // The load comes from one address; the limit guards against abuse, not against this.
    CONCORDAT_RATE_LIMIT_REQUESTS: '1000000000',
  });
  const origin = `http://127.0.0.1:${port}`;
  let rssOnceStarted = 0;
  try {
    await ready(origin, api.finished);
    rssOnceStarted = memoryOf(api.pid, 'VmRSS') ?? 0;
    await caughtUp(`${origin}/graphql`, token);
  } catch (error) {
    await api.stop();
    throw error;
  }
  return { ...api, url: `${origin}/graphql`, rssOnceStarted };
}

/**
 * Loads part of the history, then grows one agreement's stream to `asOfStreamEvents` events by
 * rewriting its sections; returns an instant halfway through those rewrites.
 */
async function prepare(bench: BenchStore, scale: Scale): Promise<string> {
  const partnerships = bench.name === 'PostgreSQL' ? PARTNERSHIPS : PGLITE_PARTNERSHIPS;
  const events = scale.historyEvents / API_HISTORY_SHARE / (PARTNERSHIPS / partnerships);
  for (const append of countryHistory(events, partnerships)) {
    await bench.store.appendToStream(append.streamId, append.events);
  }
  const streamId = `agreement-${LONG_AGREEMENT}`;
  const written: { type: string; data: object }[] = [];
  for await (const event of bench.store.readStream(streamId)) {
    if (event.type === 'SectionWritten') written.push(event);
  }
  const section = written[0];
  if (!section) throw new Error(`${streamId} has no SectionWritten event to repeat`);
  let head = 0;
  for await (const event of bench.store.readStream(streamId)) head = Number(event.streamRevision);
  const rewrites = scale.asOfStreamEvents - head - 1;
  const half = Math.floor(rewrites / 2);
  let instant = '';
  for (let done = 0; done < rewrites; done += 100) {
    if (done >= half && instant === '') instant = new Date().toISOString();
    const count = Math.min(100, rewrites - done);
    await bench.store.appendToStream(
      streamId,
      Array.from({ length: count }, () => ({
        id: randomUUID(),
        type: section.type,
        schemaVersion: 1,
        data: section.data as never,
        metadata: {
          actor: 'user:partnership-officer',
          correlationId: randomUUID(),
          causationId: null,
          commandId: null,
          occurredAt: new Date().toISOString(),
        },
      })),
    );
  }
  return instant;
}

/** A port nobody listens on now, for the API to take. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until the API answers its liveness probe (or fails if it exits first). */
async function ready(origin: string, exited: Promise<unknown>): Promise<void> {
  let gone = false;
  void exited.finally(() => (gone = true)).catch(() => undefined);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!gone && Date.now() < deadline) {
    const answer = await fetch(`${origin}/health/live`).catch(() => null);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await exited;
  throw new Error(`the API at ${origin} did not become ready`);
}

async function caughtUp(url: string, token: string): Promise<void> {
  const deadline = Date.now() + CATCH_UP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const { projections } = await graphql<{ projections: { caughtUp: boolean }[] }>(
      url,
      token,
      PROJECTION_STATUS,
    );
    if (projections.length > 0 && projections.every((projection) => projection.caughtUp)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the read models did not catch up with the loaded history');
}

/** A fresh observation for each request, spread over the agreement's indicators. */
async function observationBodies(url: string, token: string): Promise<() => string> {
  const { agreement } = await graphql<{
    agreement: { localOutcomes: { indicators: { id: string }[] }[] };
  }>(url, token, AGREEMENT_WITH_COMMITMENTS, {
    agreementId: AGREEMENT,
    partnershipId: PARTNERSHIP,
  });
  const indicators = agreement.localOutcomes.flatMap((outcome) => outcome.indicators);
  let sequence = 0;
  return () => {
    sequence += 1;
    const indicator = indicators[sequence % indicators.length];
    return JSON.stringify({
      query: RECORD_OBSERVATION,
      variables: {
        input: {
          partnershipId: PARTNERSHIP,
          agreementId: AGREEMENT,
          indicatorId: indicator?.id,
          observationId: `bench-${process.pid}-${sequence}`,
          // An indicator takes one value per period label; corrections are another command.
          period: `2010-11 #${sequence}`,
          periodStart: '2010-04-01',
          periodEnd: '2011-03-31',
          publishedOn: '2011-06-30',
          source: 'Scottish Neighbourhood Statistics',
          value: sequence % 100,
        },
      },
    });
  };
}

/** `seconds` of requests from `scale.concurrency` clients; any GraphQL error counts as failed. */
async function load(
  url: string,
  token: string,
  scale: Scale,
  seconds: number,
  nextBody: () => string,
): Promise<Load> {
  let failed = 0;
  const result = await autocannon({
    url,
    connections: scale.concurrency,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: nextBody() }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) failed += 1;
        },
      },
    ],
  });
  return {
    perSecond: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: failed + result.errors + result.timeouts,
    total: result.requests.total,
  };
}

function mutationFigure(store: StoreName, scale: Scale, result: Load, cpu: MutationCpu): Figure {
  return {
    figure: `3 GraphQL mutations over HTTP, ${scale.concurrency} clients, read-your-writes`,
    store,
    value: Math.round(result.perSecond),
    unit: 'mutations/s',
    ...(store === 'PostgreSQL'
      ? {
          target: `>= ${TARGET.mutations}/s, p99 < ${TARGET.mutationP99} ms`,
          meets:
            result.failed === 0 &&
            result.perSecond >= TARGET.mutations &&
            result.p99 < TARGET.mutationP99,
        }
      : {}),
    detail: {
      p50Ms: result.p50,
      p99Ms: result.p99,
      failed: result.failed,
      total: result.total,
      ...cpuPerMutation(store, result.total, cpu),
    },
  };
}

/**
 * The CPU each mutation cost the API, PostgreSQL and the load generator (autocannon and the lag
 * watcher, in this process), and how busy the cores were: the sum times the target rate is what
 * the cores would have to hold. PGlite's work is the API's own.
 */
function cpuPerMutation(
  store: StoreName,
  mutations: number,
  { spent, loadGeneratorSeconds }: MutationCpu,
) {
  if (!spent || mutations === 0) return {};
  const perMutation = (seconds: number) => Number(((seconds / mutations) * 1000).toFixed(2));
  return {
    apiCpuMsPerMutation: perMutation(spent.processSeconds),
    ...(store === 'PostgreSQL'
      ? { postgresCpuMsPerMutation: perMutation(spent.postgresSeconds) }
      : {}),
    loadGeneratorCpuMsPerMutation: perMutation(loadGeneratorSeconds),
    machineBusyPercent: Math.round(spent.machineBusy * 100),
  };
}

function lagFigure(store: StoreName, lag: LagFigures | undefined): Figure {
  if (!lag) {
    return {
      figure: '5 projection lag under the mutation load',
      store,
      value: 0,
      unit: 'not measured',
      detail: { why: 'the embedded store lives inside the API process; nothing else can open it' },
    };
  }
  return {
    figure: '5 projection lag under the mutation load (p99)',
    store,
    value: Math.round(lag.p99Ms),
    unit: 'ms',
    target: `p99 < ${TARGET.lagP99} ms`,
    meets: lag.samples > 0 && lag.p99Ms < TARGET.lagP99,
    detail: { p50Ms: Math.round(lag.p50Ms), samples: lag.samples },
  };
}

function queryFigure(
  store: StoreName,
  scale: Scale,
  label: string,
  result: Load,
  afresh: Load,
): Figure {
  return {
    figure: `${label}, ${scale.concurrency} clients`,
    store,
    value: Math.round(result.perSecond),
    unit: 'queries/s',
    ...(store === 'PostgreSQL'
      ? {
          target: `p99 < ${TARGET.queryP99} ms`,
          meets: result.failed === 0 && result.p99 < TARGET.queryP99,
        }
      : {}),
    detail: {
      p50Ms: result.p50,
      p99Ms: result.p99,
      failed: result.failed,
      total: result.total,
      // The same load on an API with the answer cache off.
      afreshPerSecond: Math.round(afresh.perSecond),
      afreshP50Ms: afresh.p50,
      afreshP99Ms: afresh.p99,
      afreshFailed: afresh.failed,
    },
  };
}

async function asOfFigure(
  store: StoreName,
  scale: Scale,
  url: string,
  token: string,
  instant: string,
): Promise<Figure> {
  const times: number[] = [];
  for (let query = 0; query < AS_OF_QUERIES; query += 1) {
    const seconds = await timed(async () => {
      await graphql(url, token, AGREEMENT_AS_OF, { agreementId: LONG_AGREEMENT, instant });
    });
    times.push(seconds * 1000);
  }
  const [first = 0] = times;
  const value = median(times);
  return {
    figure: `7 an agreement as of a past instant, its stream ${scale.asOfStreamEvents} events`,
    store,
    value: Math.round(value * 10) / 10,
    unit: 'ms (median)',
    ...(store === 'PostgreSQL'
      ? { target: `< ${TARGET.asOf} ms`, meets: value < TARGET.asOf }
      : {}),
    detail: { firstMs: Math.round(first), p99Ms: Math.round(percentile(times, 99)) },
  };
}
