import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE } from '@concordat/application';
import { loadConfig } from '@concordat/config';
import type { EventStore } from '@concordat/event-store';
import { createPostgresTestDatabase } from '@concordat/event-store/testing/postgres-test-database';
import { startApi as startServer } from './start-api';

interface RunningApi {
  readonly url: string;
  readonly store: EventStore;
  stop(): Promise<void>;
}

async function startApi(env: Record<string, string>): Promise<RunningApi> {
  const app = await startServer(loadConfig(env), { host: '127.0.0.1', port: 0, quiet: true });
  return {
    url: await app.getUrl(),
    store: app.get<EventStore>(EVENT_STORE),
    stop: () => app.close(),
  };
}

/** Readiness turns true once the projections have started; a client would poll it too. */
async function untilReady(url: string): Promise<Response> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await fetch(`${url}/health/ready`);
    if (response.status === 200 || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

type Backend = () => Promise<{ env: Record<string, string>; cleanUp(): Promise<void> }>;

/** [store, adapter, whether the demo story loads by itself at start, backend] */
const backends: Array<[string, string, boolean, Backend]> = [
  [
    'PostgreSQL',
    'postgres',
    false,
    async () => {
      const database = await createPostgresTestDatabase();
      return { env: { DATABASE_URL: database.url }, cleanUp: database.drop };
    },
  ],
  [
    'the embedded store',
    'pglite',
    true,
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'concordat-api-'));
      return {
        env: { CONCORDAT_DATA_DIR: dataDir },
        cleanUp: () => rm(dataDir, { recursive: true, force: true }),
      };
    },
  ],
];

describe.each(backends)('the API over HTTP on %s', (_name, adapter, loadsDemo, prepare) => {
  let api: RunningApi;
  let cleanUp: () => Promise<void>;

  beforeAll(async () => {
    const backend = await prepare();
    cleanUp = backend.cleanUp;
    api = await startApi(backend.env);
  });

  afterAll(async () => {
    await api.stop();
    await cleanUp();
  });

  it(`${loadsDemo ? 'loads' : 'does not load'} the demo story at first start`, async () => {
    const events = await api.store.readAll({ maxCount: 1 });
    expect(events.length).toBe(loadsDemo ? 1 : 0);
  });

  it('answers liveness', async () => {
    const response = await fetch(`${api.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('becomes ready once the store answers and the read models are running', async () => {
    const response = await untilReady(api.url);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      info: {
        eventStore: { status: 'up' },
        projections: { status: 'up', 'audit-log': { state: 'running' } },
      },
    });
  });

  it('serves GraphQL', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { eventStoreAdapter } }' }),
    });
    const body = (await response.json()) as { data: { serverInfo: { eventStoreAdapter: string } } };
    expect(body.data.serverInfo.eventStoreAdapter).toBe(adapter);
  });
});

describe('the API when its store is gone', () => {
  it('reports not ready with 503 while staying live', async () => {
    const database = await createPostgresTestDatabase();
    const api = await startApi({ DATABASE_URL: database.url });
    try {
      await database.drop();

      const ready = await fetch(`${api.url}/health/ready`);
      const live = await fetch(`${api.url}/health/live`);

      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ error: { eventStore: { status: 'down' } } });
      expect(live.status).toBe(200);
    } finally {
      await api.stop();
    }
  });
});
