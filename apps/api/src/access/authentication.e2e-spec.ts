import { SignJWT, UnsecuredJWT } from 'jose';
import { EVENT_STORE } from '@concordat/application';
import { loadConfig } from '@concordat/config';
import { partnershipStreamId } from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { TEST_JWT_SECRET, testToken } from '../testing/test-tokens';

const { issuer, audience } = loadConfig({ CONCORDAT_JWT_SECRET: TEST_JWT_SECRET }).auth;
/** Enough to establish a partnership, had the token been good. */
const ADMIN = [{ role: 'platform-admin' as const }];

const ESTABLISH = `mutation Establish($input: EstablishPartnershipInput!) {
  establishPartnership(input: $input) { id }
}`;

let sequence = 0;
const aPartnership = () => ({
  partnershipId: `auth-cpp-${(sequence += 1)}`,
  name: 'Authentication Partnership',
  councilArea: 'Orkney Islands',
  quorum: { minimumMembersPresent: 2, chairMustAttend: true },
});

/** A token shaped like the server's own, changed by `build`, signed with `secret`. */
function aToken(build: (jwt: SignJWT) => SignJWT, secret = TEST_JWT_SECRET): Promise<string> {
  const jwt = new SignJWT({ grants: ADMIN })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('user:mallory')
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('1h');
  return build(jwt).sign(new TextEncoder().encode(secret));
}

const bearer = async (token: Promise<string> | string) => `Bearer ${await token}`;

/** Each an Authorization header the server must refuse outright. */
const REFUSED: readonly [string, () => Promise<string>][] = [
  ['an expired token', () => bearer(aToken((jwt) => jwt.setExpirationTime('-1h')))],
  ['a token signed with another secret', () => bearer(aToken((jwt) => jwt, `${TEST_JWT_SECRET}!`))],
  ['a token for another audience', () => bearer(aToken((jwt) => jwt.setAudience('other-api')))],
  ['a token from another issuer', () => bearer(aToken((jwt) => jwt.setIssuer('someone-else')))],
  [
    'an unsigned token (alg none)',
    () =>
      bearer(
        new UnsecuredJWT({ grants: ADMIN })
          .setSubject('user:mallory')
          .setIssuer(issuer)
          .setAudience(audience)
          .setExpirationTime('1h')
          .encode(),
      ),
  ],
  ['garbage', () => bearer('not-a-token')],
  ['the Basic scheme', async () => `Basic ${Buffer.from('admin:admin').toString('base64')}`],
];

interface Answer {
  readonly status: number;
  readonly authenticate: string | null;
  readonly body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

describe('authentication over HTTP on PostgreSQL', () => {
  const [, start] = apiBackends[0]!;
  let api: RunningApi;
  let store: EventStore;

  beforeAll(async () => {
    api = await start();
    store = api.app.get<EventStore>(EVENT_STORE);
  });

  afterAll(async () => {
    await api?.stop();
  });

  async function establish(
    input: Record<string, unknown>,
    headers: Record<string, string>,
  ): Promise<Answer> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: ESTABLISH, variables: { input } }),
    });
    return {
      status: response.status,
      authenticate: response.headers.get('www-authenticate'),
      body: (await response.json()) as Answer['body'],
    };
  }

  async function actorsOn(streamId: string): Promise<string[]> {
    const actors: string[] = [];
    for await (const event of store.readStream(streamId)) actors.push(event.metadata.actor);
    return actors;
  }

  it.each(REFUSED)('refuses %s with 401 UNAUTHENTICATED, and writes nothing', async (_, header) => {
    const head = await store.headPosition();

    const answer = await establish(aPartnership(), { authorization: await header() });

    expect(answer.status).toBe(401);
    expect(answer.authenticate).toMatch(/^Bearer /);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(await store.headPosition()).toBe(head);
  });

  it('asks a mutation without a token to authenticate, and writes nothing', async () => {
    const head = await store.headPosition();

    const answer = await establish(aPartnership(), {});

    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(await store.headPosition()).toBe(head);
  });

  it("records the token's subject as the actor, whatever else the request claims", async () => {
    const authorization = await bearer(testToken('user:alice', ADMIN));
    const claims = { 'x-actor': 'user:mallory', 'x-forwarded-user': 'user:mallory' };
    const head = await store.headPosition();

    const smuggled = await establish(
      { ...aPartnership(), actor: 'user:mallory' },
      {
        authorization,
      },
    );
    expect(smuggled.body.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect(await store.headPosition()).toBe(head);

    const input = aPartnership();
    const established = await establish(input, { authorization, ...claims });
    expect(established.body.errors).toBeUndefined();
    expect(await actorsOn(partnershipStreamId(input.partnershipId))).toEqual(['user:alice']);
  });
});
