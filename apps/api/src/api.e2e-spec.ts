import { EVENT_STORE } from '@concordat/application';
import type { EventStore } from '@concordat/event-store';
import { createPostgresTestDatabase } from '@concordat/event-store/testing/postgres-test-database';
import { loadConfig } from '@concordat/config';
import { startApi as startServer } from './start-api';
import { apiBackends, type RunningApi } from './testing/api-backends';
import { graphql, type GraphQLResponse } from './testing/graphql-client';
import { testToken } from './testing/test-tokens';

/** Readiness turns true once the projections have started; a client would poll it too. */
async function untilReady(url: string): Promise<Response> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await fetch(`${url}/health/ready`);
    if (response.status === 200 || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The adapter each backend reports, and whether the demo story loads by itself at first start. */
const expectations: Record<string, { adapter: string; loadsDemo: boolean }> = {
  PostgreSQL: { adapter: 'postgres', loadsDemo: false },
  'the embedded store': { adapter: 'pglite', loadsDemo: true },
};

describe.each(apiBackends)('the API over HTTP on %s', (name, start) => {
  const { adapter, loadsDemo } = expectations[name] ?? { adapter: '', loadsDemo: false };
  let api: RunningApi;

  beforeAll(async () => {
    api = await start({ CONCORDAT_DEMO: 'auto' });
  });

  afterAll(async () => {
    await api.stop();
  });

  it(`${loadsDemo ? 'loads' : 'does not load'} the demo story at first start`, async () => {
    const head = await api.app.get<EventStore>(EVENT_STORE).headPosition();
    expect(head !== null).toBe(loadsDemo);
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

  it('offers GraphiQL to a browser outside production', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/graphiql/i);
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

  it('asks a caller without a token to authenticate, and refuses a role that may not write', async () => {
    const establish = `mutation { establishPartnership(input: {
      partnershipId: "refused-cpp", name: "Refused", councilArea: "Orkney Islands",
      quorum: { minimumMembersPresent: 1, chairMustAttend: false } }) { id } }`;
    const store = api.app.get<EventStore>(EVENT_STORE);
    const before = await store.headPosition();
    const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.['code'];

    const anonymous = await graphql(api.url, establish, {}, { token: null });
    const auditor = await testToken('user:auditor', [{ role: 'auditor' }]);
    const asAuditor = await graphql(api.url, establish, {}, { token: auditor });

    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(codeOf(asAuditor)).toBe('FORBIDDEN');
    expect(await store.headPosition()).toBe(before);
  });
});

describe('the API when its store is gone', () => {
  it('reports not ready with 503 while staying live', async () => {
    const database = await createPostgresTestDatabase();
    const config = loadConfig({ DATABASE_URL: database.url, CONCORDAT_DEMO: 'off' });
    const app = await startServer(config, { host: '127.0.0.1', port: 0, quiet: true });
    const api = { url: await app.getUrl(), stop: () => app.close() };
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
