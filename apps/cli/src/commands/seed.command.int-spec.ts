import { orkneyDemo } from '@concordat/demo-data';
import { createPostgresTestDatabase } from '@concordat/event-store/testing/postgres-test-database';
import { runCli } from '../testing/run-cli';

describe('concordat seed demo', () => {
  it('loads the demo story once; loading it again writes nothing', async () => {
    const database = await createPostgresTestDatabase();
    try {
      const env = { DATABASE_URL: database.url };
      const first = await runCli(['seed', 'demo'], env);
      const second = await runCli(['seed', 'demo'], env);

      const steps = orkneyDemo().length;
      expect(first.at(-1)).toBe(`demo story: ${steps} commands applied, 0 already present`);
      expect(second.at(-1)).toBe(`demo story: 0 commands applied, ${steps} already present`);
    } finally {
      await database.drop();
    }
  }, 120_000);
});
