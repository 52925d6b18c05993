import { Client, Pool, type PoolConfig } from 'pg';
import type { SessionLock, SqlDatabase, SqlQueryable } from '../sql/sql-database';

/** A PostgreSQL server reached through a `pg` connection pool. */
export class PostgresDatabase implements SqlDatabase {
  private readonly pool: Pool;

  constructor(
    private readonly connectionString: string,
    poolConfig: PoolConfig = {},
  ) {
    // Pipelined connections send BEGIN together with a transaction's first statement: an append
    // (one statement) then costs two round trips instead of three.
    this.pool = new Pool({ connectionString, max: 10, pipeline: true, ...poolConfig });
    // An idle client that loses its connection must not crash the process; the next query
    // gets a fresh connection.
    this.pool.on('error', () => undefined);
  }

  async query<Row extends object>(text: string, params: readonly unknown[] = []) {
    const result = await this.pool.query<Row>(text, params as unknown[]);
    return result.rows;
  }

  async exec(script: string): Promise<void> {
    await this.pool.query(script);
  }

  async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      const begun = client.query('BEGIN');
      // BEGIN fails only with its connection, and then so does everything queued behind it; its
      // own error is awaited below.
      begun.catch(() => undefined);
      const result = await work({
        query: async <Row extends object>(text: string, params: readonly unknown[] = []) =>
          (await client.query<Row>(text, params as unknown[])).rows,
        exec: async (script: string) => {
          await client.query(script);
        },
      });
      await begun;
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** A session-level advisory lock on a connection of its own, so it lasts until released. */
  async tryLockForSession(key: string): Promise<SessionLock | null> {
    const client = new Client({ connectionString: this.connectionString });
    let held = true;
    client.on('error', () => (held = false));
    client.on('end', () => (held = false));
    await client.connect();
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 1)) AS locked',
      [key],
    );
    if (rows[0]?.locked !== true) {
      await client.end();
      return null;
    }
    return { isHeld: () => held, release: () => client.end() };
  }

  /** LISTEN needs a connection of its own that stays out of the pool. */
  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    const client = new Client({ connectionString: this.connectionString });
    client.on('error', () => undefined);
    client.on('notification', onNotify);
    await client.connect();
    await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    return async () => {
      await client.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
