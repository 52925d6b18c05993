import { GraphQLSchemaHost } from '@nestjs/graphql';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, untilProjectionsCaughtUp } from '../testing/graphql-client';
import { testToken } from '../testing/test-tokens';
import { everyQuery, type QueryCall } from './testing/every-query';
import {
  partnershipWithRecords,
  type PartnershipRecords,
} from './testing/partnership-with-records';

/** What the public may ask: agreed agreements and what they contain. */
const PUBLIC_QUERIES = ['agreement', 'agreements', 'indicator'];
/** What anyone may ask, public reads on or off. */
const OPEN_QUERIES = ['serverInfo', 'checkpointPublicKey'];

const codesOf = (answer: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  answer.errors?.map((error) => error.extensions?.['code']);

/** The code each query answers the caller with (undefined when answered). */
async function sweep(
  url: string,
  calls: readonly QueryCall[],
  token: string | null,
): Promise<Record<string, unknown>> {
  const codes: Record<string, unknown> = {};
  for (const { name, query } of calls) {
    codes[name] = codesOf(await graphql(url, query, {}, { token }))?.[0];
  }
  return codes;
}

const expecting = (calls: readonly QueryCall[], code: (name: string) => string | undefined) =>
  Object.fromEntries(calls.map(({ name }) => [name, code(name)]));

describe('the public reads agreed agreements and nothing else', () => {
  const [, start] = apiBackends[0]!;
  let api: RunningApi;
  let a: PartnershipRecords;
  let b: PartnershipRecords;
  let calls: QueryCall[];
  let citizen: string;

  beforeAll(async () => {
    api = await start();
    a = await partnershipWithRecords(api.url, 'alpha');
    b = await partnershipWithRecords(api.url, 'beta');
    await untilProjectionsCaughtUp(api.url);
    calls = everyQuery(api.app.get(GraphQLSchemaHost).schema);
    citizen = await testToken('user:citizen', [{ role: 'public' }]);
  });

  afterAll(async () => {
    await api.stop();
  });

  it.each([
    ['without a token', null],
    ['holding the public role', 'citizen'],
  ])('lists every partnership’s agreed agreements to a caller %s', async (_who, who) => {
    const token = who === null ? null : citizen;
    const { data, errors } = await graphql<{
      agreements: { edges: { node: { id: string; status: string } }[] };
    }>(api.url, '{ agreements { edges { node { id status } } } }', {}, { token });

    expect(errors).toBeUndefined();
    expect(data?.agreements.edges.map((edge) => edge.node)).toEqual([
      { id: a.agreedAgreementId, status: 'agreed' },
      { id: b.agreedAgreementId, status: 'agreed' },
    ]);
  });

  it('shows an agreed agreement’s content, indicators and their values', async () => {
    const { data, errors } = await graphql<{
      agreement: { localOutcomes: { indicators: { observations: { value: number }[] }[] }[] };
      indicator: { id: string };
    }>(
      api.url,
      `
        query ($id: String!, $indicatorId: String!) {
          agreement(id: $id) {
            id
            title
            sections {
              nationalOutcomeId
              localOutcomes {
                id
              }
            }
            amendments {
              number
            }
            localOutcomes {
              intermediateOutcomes {
                id
              }
              indicators {
                observations {
                  value
                }
              }
            }
          }
          indicator(agreementId: $id, indicatorId: $indicatorId) {
            id
            rag
            standingAsKnownOn(asKnownOn: "2025-12-31") {
              rag
            }
          }
        }
      `,
      { id: a.agreedAgreementId, indicatorId: a.indicatorId },
      { token: null },
    );

    expect(errors).toBeUndefined();
    expect(data?.agreement.localOutcomes[0]?.indicators[0]?.observations).toEqual([
      { value: 79.1 },
    ]);
    expect(data?.indicator.id).toBe(a.indicatorId);
  });

  it('answers a draft agreement exactly as one that does not exist', async () => {
    const answer = (id: string) =>
      graphql(
        api.url,
        'query ($id: String!) { agreement(id: $id) { id } }',
        { id },
        { token: null },
      );

    const draft = await answer(a.draftAgreementId);
    expect(codesOf(draft)).toEqual(['NOT_FOUND']);
    const missing = await answer('no-such-agreement');
    expect(JSON.stringify(draft).replaceAll(a.draftAgreementId, 'no-such-agreement')).toBe(
      JSON.stringify(missing),
    );
  });

  it('keeps the engagement behind an agreed agreement from the public', async () => {
    const query = `query ($id: String!) {
      agreement(id: $id) { localOutcomes { indicators { influences { whatChanged } } } }
    }`;
    const variables = { id: a.agreedAgreementId };

    const anonymous = await graphql(api.url, query, variables, { token: null });
    const holder = await graphql(api.url, query, variables, { token: citizen });
    expect(codesOf(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(holder)).toEqual(['FORBIDDEN']);
  });

  it('refuses every other query: UNAUTHENTICATED without a token, FORBIDDEN with the public role', async () => {
    const refused = (code: string) => (name: string) =>
      [...PUBLIC_QUERIES, ...OPEN_QUERIES].includes(name) ? undefined : code;
    const others = calls.filter(({ name }) => !PUBLIC_QUERIES.includes(name));

    expect(await sweep(api.url, others, null)).toEqual(
      expecting(others, refused('UNAUTHENTICATED')),
    );
    expect(await sweep(api.url, others, citizen)).toEqual(expecting(others, refused('FORBIDDEN')));
  });
});

describe('with public reads off', () => {
  const [, start] = apiBackends[0]!;
  let api: RunningApi;

  beforeAll(async () => {
    api = await start({ CONCORDAT_PUBLIC_READS: 'off' });
  });

  afterAll(async () => {
    await api.stop();
  });

  it('refuses anonymous callers everything but serverInfo', async () => {
    const calls = everyQuery(api.app.get(GraphQLSchemaHost).schema);
    const refused = (name: string) => (OPEN_QUERIES.includes(name) ? undefined : 'UNAUTHENTICATED');

    expect(await sweep(api.url, calls, null)).toEqual(expecting(calls, refused));
  });

  it('still lets a token holding the public role read agreed agreements', async () => {
    const citizen = await testToken('user:citizen', [{ role: 'public' }]);
    const answer = await graphql(
      api.url,
      '{ agreements { edges { node { id } } } }',
      {},
      {
        token: citizen,
      },
    );
    expect(answer).toEqual({ data: { agreements: { edges: [] } } });
  });
});
