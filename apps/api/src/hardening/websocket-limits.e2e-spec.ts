import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { testToken } from '../testing/test-tokens';

const [, startOnPostgres] = apiBackends[0]!;

/** The codes the server answers an operation sent over the socket with, when it refuses it. */
async function refusalCodes(api: RunningApi, query: string): Promise<unknown[]> {
  const token = await testToken('user:subscriber', [{ role: 'auditor' }]);
  const client = createClient({
    url: `${api.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  try {
    return await new Promise<unknown[]>((resolve) => {
      client.subscribe(
        { query },
        {
          next: () => resolve(['delivered']),
          error: (errors) =>
            resolve(
              (errors as { extensions?: { code?: unknown } }[]).map((e) => e.extensions?.code),
            ),
          complete: () => resolve(['completed']),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

describe('limits on operations sent over graphql-ws', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startOnPostgres({
      CONCORDAT_MAX_QUERY_DEPTH: '1',
      CONCORDAT_MAX_QUERY_TOKENS: '40',
    });
  });

  afterAll(async () => {
    await api.stop();
  });

  it('refuses a subscription nested deeper than the limit, as over HTTP', async () => {
    const subscription = 'subscription { commitmentsChanged(partnershipId: "p") { eventType } }';
    expect(await refusalCodes(api, subscription)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('refuses a document longer than the token limit before parsing it', async () => {
    const long = `subscription { ${Array.from({ length: 30 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(await refusalCodes(api, long)).toEqual(['TOO_MANY_TOKENS']);
  });

  it('serves subscriptions only: a query or mutation must come over HTTP', async () => {
    expect(await refusalCodes(api, '{ __typename }')).toEqual(['VALIDATION_FAILED']);
  });
});
