import type { DataSource } from 'typeorm';
import { READ_MODELS } from '../read-models/read-models.module';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { postQuery } from './testing/post-query';

/** What an answer must never show a caller in production. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(
    /stacktrace|\bat .+:\d+:\d+|\/[\w.-]+\/[\w./-]+\.[jt]s|rm_agreements|relation|SELECT/i,
  );
}

describe('the API in production', () => {
  const [, start] = apiBackends[0]!;
  let api: RunningApi;

  beforeAll(async () => {
    api = await start({ NODE_ENV: 'production', CONCORDAT_JWT_SECRET: 'x'.repeat(40) });
  });

  afterAll(async () => {
    await api.stop();
  });

  it('refuses introspection', async () => {
    for (const query of [
      '{ __schema { queryType { name } } }',
      '{ __type(name: "Query") { name } }',
    ]) {
      const answer = await postQuery(api, query);
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    }
  });

  it('gives no "Did you mean" hints about fields or enum values', async () => {
    const field = await postQuery(api, '{ serverInf { version } }');
    expect(field.body.errors?.[0]?.message).toBe('Cannot query field "serverInf" on type "Query".');

    const literal = await postQuery(
      api,
      '{ commitments(partnershipId: "p", status: [acepted]) { pageInfo { hasNextPage } } }',
    );
    const variable = await postQuery(
      api,
      'query ($status: [CommitmentStatus!]) { commitments(partnershipId: "p", status: $status) { pageInfo { hasNextPage } } }',
      { status: ['acepted'] },
    );
    for (const answer of [field, literal, variable]) {
      expect(answer.status).toBe(400);
      expect(answer.text).not.toContain('Did you mean');
      expect(answer.text).not.toContain('accepted');
    }
  });

  it('answers a failure inside the server with no stack trace, SQL or file path', async () => {
    // The public may list agreements without a token; without their table, the query fails in SQL.
    await api.app.get<DataSource>(READ_MODELS).query('DROP TABLE rm_agreements.agreements CASCADE');

    const answer = await postQuery(api, '{ agreements(first: 1) { pageInfo { hasNextPage } } }');
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ message: 'internal error', extensions: { code: 'INTERNAL' } }),
    ]);
    expectNoInternals(answer.text);
  });

  it('answers a body that is not JSON with no stack trace', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      errors: [{ extensions: { code: 'VALIDATION_FAILED' } }],
    });
    expectNoInternals(text);
  });
});
