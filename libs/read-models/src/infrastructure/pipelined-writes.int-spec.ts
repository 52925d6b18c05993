import { readModelBackends, type ReadModelTestStores } from '../testing/read-model-test-stores';
import { PipelinedWrites } from './pipelined-writes';

describe.each(readModelBackends)('writes sent without waiting, on %s', (_name, openStores) => {
  let stores: ReadModelTestStores;

  beforeEach(async () => {
    stores = await openStores();
    await stores.sql.exec('CREATE TABLE sent (n integer PRIMARY KEY, after_previous boolean)');
  });

  afterEach(async () => {
    await stores.close();
  });

  it('runs them in the order sent, before any statement sent after them', async () => {
    const seen = await stores.sql.transaction(async (tx) => {
      const writes = new PipelinedWrites(tx);
      for (let n = 1; n <= 200; n += 1) {
        writes.write(
          `INSERT INTO sent SELECT $1::int, EXISTS (SELECT 1 FROM sent WHERE n = $1::int - 1)`,
          [n],
        );
      }
      const rows = await writes.query<{ count: number; ordered: number }>(
        `SELECT count(*)::int AS count, count(*) FILTER (WHERE after_previous)::int AS ordered
           FROM sent`,
      );
      await writes.settle();
      return rows[0];
    });

    expect(seen).toEqual({ count: 200, ordered: 199 });
  });

  it('fails the batch with the first failing write, and keeps nothing of it', async () => {
    const batch = stores.sql.transaction(async (tx) => {
      const writes = new PipelinedWrites(tx);
      try {
        writes.write('INSERT INTO sent VALUES (1, false)');
        writes.write('INSERT INTO sent VALUES (1, false)');
        await writes.query('SELECT count(*) FROM sent');
        await writes.settle();
      } catch (error) {
        throw await writes.cause(error);
      }
    });

    await expect(batch).rejects.toThrow(/duplicate key/);
    expect(await stores.sql.query('SELECT * FROM sent')).toEqual([]);
  });

  it('runs a task asked for under one key once, after every write before it', async () => {
    const counts: number[] = [];
    await stores.sql.transaction(async (tx) => {
      const writes = new PipelinedWrites(tx);
      const countRows = async () => {
        const [row] = await writes.query<{ n: number }>('SELECT count(*)::int AS n FROM sent');
        counts.push(row!.n);
      };
      for (let n = 1; n <= 3; n += 1) {
        writes.write('INSERT INTO sent VALUES ($1, false)', [n]);
        writes.once('count the rows', countRows);
      }
      await writes.settle();
    });

    expect(counts).toEqual([3]);
  });
});
