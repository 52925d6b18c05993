import { serverAudits } from 'graphql-http';
import { apiBackends, type RunningApi } from '../testing/api-backends';

/**
 * The GraphQL-over-HTTP specification's own conformance audit, run against the real server:
 * no audit may end in error (warnings are recommendations the spec leaves open).
 */
describe.each(apiBackends)('GraphQL over HTTP conformance on %s', (_name, start) => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await start();
  });

  afterAll(async () => {
    await api.stop();
  });

  it('passes every audit of graphql-http without an error', async () => {
    const audits = serverAudits({ url: () => `${api.url}/graphql`, fetchFn: fetch });
    const results = await Promise.all(
      audits.map(async (audit) => ({ audit, result: await audit.fn() })),
    );

    const errors = results
      .map(({ audit, result }) =>
        result.status === 'error' ? `${audit.id} ${audit.name}: ${result.reason}` : null,
      )
      .filter((failure) => failure !== null);
    expect(errors).toEqual([]);
    expect(results.length).toBeGreaterThan(20);
  });
});
