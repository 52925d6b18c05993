import { Client } from 'pg';
import { createPostgresTestDatabase } from '@concordat/event-store/testing/postgres-test-database';
import { ALL_PROJECTIONS, schemaDigest, schemaOf } from '@concordat/read-models';
import { runCli } from '../testing/run-cli';

describe('concordat projections rebuild', () => {
  it('rebuilds every read model from the log into tables with the same content', async () => {
    const database = await createPostgresTestDatabase();
    const env = { DATABASE_URL: database.url };
    const client = new Client({ connectionString: database.url });
    try {
      await runCli(['seed', 'demo'], env);
      await runCli(['projections', 'rebuild', '--quiet'], env);
      await client.connect();
      const digests = async () =>
        Promise.all(ALL_PROJECTIONS.map((p) => schemaDigest(queryable(client), schemaOf(p))));
      const first = await digests();

      const lines = await runCli(['projections', 'rebuild', 'commitments', '--quiet'], env);

      expect(lines).toEqual(['rebuilt commitments into rm_commitments']);
      expect(await digests()).toEqual(first);
      expect(first.every((digest) => digest.length > 0)).toBe(true);
    } finally {
      await client.end();
      await database.drop();
    }
  }, 120_000);

  it('refuses a read model it does not know', async () => {
    await expect(runCli(['projections', 'rebuild', 'nonsense'], {})).rejects.toThrow(
      /no read model named nonsense/,
    );
  });
});

function queryable(client: Client) {
  return {
    query: async <R extends object>(text: string, params?: readonly unknown[]) =>
      (await client.query<R>(text, params as unknown[])).rows,
    exec: async (script: string) => {
      await client.query(script);
    },
  };
}
