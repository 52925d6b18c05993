import { apiBackends, type RunningApi } from '../testing/api-backends';
import { RefusalCode } from './refusal-code';
import { postQuery, type RawAnswer } from './testing/post-query';

const repeated = (field: string, times: number) => Array(times).fill(field).join(' ');

/** Refused whole, during validation: the answer has no `data`, so no resolver ran. */
function expectRefused(answer: RawAnswer, code: string): void {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual([code]);
}

function expectAnswered(answer: RawAnswer): void {
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data).toBeDefined();
}

/**
 * Each limit is set low, and the others far enough from the queries that test it that only the
 * limit under test can refuse them (costs by graphql-armor's weights: 2 an object, 1 a scalar,
 * times 1.5 per level).
 */
describe('query limits', () => {
  const [, start] = apiBackends[0]!;
  let api: RunningApi;

  beforeAll(async () => {
    api = await start({
      CONCORDAT_MAX_QUERY_DEPTH: '3',
      CONCORDAT_MAX_QUERY_COST: '32',
      CONCORDAT_MAX_QUERY_ALIASES: '2',
      CONCORDAT_MAX_QUERY_TOKENS: '30',
      CONCORDAT_MAX_QUERY_DIRECTIVES: '2',
      CONCORDAT_MAX_PAGE_SIZE: '5',
    });
  });

  afterAll(async () => {
    await api.stop();
  });

  it('answers a query as deep as the limit, and refuses one level deeper', async () => {
    expectAnswered(await postQuery(api, '{ __type(name: "ServerInfo") { fields { name } } }'));

    const tooDeep = await postQuery(
      api,
      '{ __type(name: "ServerInfo") { fields { type { name } } } }',
    );
    expectRefused(tooDeep, RefusalCode.QueryTooDeep);
    expect(tooDeep.body.errors?.[0]?.message).toBe('Query depth limit of 3 exceeded, found 4.');
  });

  it('answers a query costing the limit, and refuses a costlier one', async () => {
    // 2 + 1.5 × (2 + 1.5 × n): 32 for 12 names, 34.25 for 13.
    const costing = (names: number) =>
      `{ __type(name: "ServerInfo") { fields { ${repeated('name', names)} } } }`;
    expectAnswered(await postQuery(api, costing(12)));
    expectRefused(await postQuery(api, costing(13)), RefusalCode.QueryTooCostly);
  });

  it('answers a query with as many aliases as the limit, and refuses one more', async () => {
    const aliased = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: serverInfo { version }`).join(' ')} }`;
    expectAnswered(await postQuery(api, aliased(2)));
    expectRefused(await postQuery(api, aliased(3)), RefusalCode.TooManyAliases);
  });

  it('answers a query of as many tokens as the limit, and refuses one more', async () => {
    // `{`, the fields and `}`: 30 tokens for 28 fields.
    const tokens = (count: number) => `{ ${repeated('__typename', count - 2)} }`;
    expectAnswered(await postQuery(api, tokens(30)));

    const tooLong = await postQuery(api, tokens(31));
    expectRefused(tooLong, RefusalCode.TooManyTokens);
    expect(tooLong.body.errors?.[0]?.message).toBe('Token limit of 30 exceeded.');
  });

  it('answers a query with as many directives as the limit, and refuses one more', async () => {
    const include = '@include(if: true)';
    expectAnswered(await postQuery(api, `{ serverInfo { version ${include} @skip(if: false) } }`));
    expectRefused(
      await postQuery(
        api,
        `{ serverInfo { version ${include} @skip(if: false) eventStoreAdapter ${include} } }`,
      ),
      RefusalCode.TooManyDirectives,
    );
  });

  it('answers a page of the configured size, and refuses a larger one', async () => {
    // Agreements, because the public may read them without a token.
    const page = 'query ($first: Int!) { agreements(first: $first) { pageInfo { hasNextPage } } }';
    expectAnswered(await postQuery(api, page, { first: 5 }));

    const tooLarge = await postQuery(api, page, { first: 6 });
    expect(tooLarge.status).toBe(200);
    expect(tooLarge.body.data).toBeNull();
    expect(tooLarge.body.errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'first', message: 'first must not be greater than 5' }],
    });
  });
});
