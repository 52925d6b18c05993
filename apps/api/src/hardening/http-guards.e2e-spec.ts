import { EVENT_STORE } from '@concordat/application';
import type { EventStore } from '@concordat/event-store';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { EVERY_WRITING_ROLE, testToken } from '../testing/test-tokens';
import { RefusalCode } from './refusal-code';

const SERVER_INFO = '{ serverInfo { version } }';
/** A mutation that would write an event, were it ever run. */
const MUTATION = `mutation { establishPartnership(input: {
  partnershipId: "forged", name: "Forged", councilArea: "Orkney",
  quorum: { minimumMembersPresent: 1, chairMustAttend: false } }) { id } }`;

function postBody(api: RunningApi, body: string, contentType = 'application/json') {
  return fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
}

/** A JSON body of exactly `bytes` bytes: JSON allows any whitespace after the value. */
function bodyOfSize(bytes: number): string {
  const json = JSON.stringify({ query: SERVER_INFO });
  return json + ' '.repeat(bytes - Buffer.byteLength(json));
}

describe('what /graphql refuses over HTTP', () => {
  const [, start] = apiBackends[0]!;
  let api: RunningApi;

  beforeAll(async () => {
    api = await start({ CONCORDAT_MAX_BODY_BYTES: '2048' });
  });

  afterAll(async () => {
    await api.stop();
  });

  it('answers a body of the configured size, and refuses a larger one with 413', async () => {
    expect((await postBody(api, bodyOfSize(2048))).status).toBe(200);

    const tooLarge = await postBody(api, bodyOfSize(2049));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({
      errors: [
        {
          message: 'the request body is larger than 2048 bytes',
          extensions: { code: RefusalCode.PayloadTooLarge },
        },
      ],
    });
  });

  it('refuses a batch of operations', async () => {
    const batch = await postBody(
      api,
      JSON.stringify([{ query: SERVER_INFO }, { query: SERVER_INFO }]),
    );
    expect(batch.status).toBe(400);
    const body = (await batch.json()) as { data?: unknown; errors: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.message).toBe('Operation batching disabled.');
  });

  it('refuses a text/plain POST, which a browser sends across sites without asking', async () => {
    const forged = await postBody(api, JSON.stringify({ query: MUTATION }), 'text/plain');
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('Cross-Site Request Forgery');
  });

  it('refuses a GET carrying a mutation, with or without the preflight header', async () => {
    const url = `${api.url}/graphql?query=${encodeURIComponent(MUTATION)}`;

    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toContain('Cross-Site Request Forgery');

    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(405);
    const body = (await preflighted.json()) as { data?: unknown; errors: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.message).toBe(
      'GET requests only support query operations, not mutation operations',
    );
  });

  it('still answers a GET query sent with the preflight header', async () => {
    const url = `${api.url}/graphql?query=${encodeURIComponent(SERVER_INFO)}`;
    const answer = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(answer.status).toBe(200);
  });

  it('ran none of the mutations it refused', async () => {
    expect(await api.app.get<EventStore>(EVENT_STORE).headPosition()).toBeNull();
  });
});

describe('the rate limit on /graphql', () => {
  const [, start] = apiBackends[0]!;
  let api: RunningApi;

  beforeAll(async () => {
    api = await start({
      CONCORDAT_RATE_LIMIT_REQUESTS: '3',
      CONCORDAT_RATE_LIMIT_WINDOW_MS: '60000',
    });
  });

  afterAll(async () => {
    await api.stop();
  });

  it('answers as many requests as the limit in a window, then 429 with Retry-After', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await postBody(api, JSON.stringify({ query: SERVER_INFO }))).status).toBe(200);
    }

    const refused = await postBody(api, JSON.stringify({ query: SERVER_INFO }));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: 'too many requests: at most 3 every 60 seconds',
          extensions: { code: RefusalCode.RateLimited },
        },
      ],
    });
  });

  it('counts each actor apart: a caller with its own token is still answered', async () => {
    const token = await testToken('user:officer', EVERY_WRITING_ROLE);
    const answer = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: SERVER_INFO }),
    });
    expect(answer.status).toBe(200);
  });

  it('does not count the health endpoints', async () => {
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
  });
});
