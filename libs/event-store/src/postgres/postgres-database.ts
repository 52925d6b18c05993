import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { Client, Pool, type PoolClient, type PoolConfig, type QueryConfig } from 'pg';
import type { QueryOptions, SessionLock, SqlDatabase, SqlQueryable } from '../sql/sql-database';

/** A PostgreSQL server reached through a `pg` connection pool. */
export class PostgresDatabase implements SqlDatabase {
  private readonly pool: Pool;
  private readonly preparedNames = new Map<string, string>();

  constructor(
    private readonly connectionString: string,
    poolConfig: PoolConfig = {},
  ) {
    // Pipelined connections send each statement without waiting for the one before: BEGIN goes
    // with a transaction's first statement, and a read model's batch of writes travels together.
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

  /** A pooled query outside BEGIN is already a transaction of its own. */
  async queryInOwnTransaction<Row extends object>(
    text: string,
    params: readonly unknown[] = [],
    options: QueryOptions = {},
  ) {
    return (await this.pool.query<Row>(this.statement(text, params, options))).rows;
  }

  async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      const begun = client.query('BEGIN');
      // BEGIN fails only with its connection, and then so does everything queued behind it; its
      // own error is awaited below.
      begun.catch(() => undefined);
      const coalesce = coalescingWrites(client);
      const result = await work({
        query: async <Row extends object>(
          text: string,
          params: readonly unknown[] = [],
          options: QueryOptions = {},
        ) => {
          coalesce();
          return (await client.query<Row>(this.statement(text, params, options))).rows;
        },
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

  private statement(text: string, params: readonly unknown[], options: QueryOptions): QueryConfig {
    const values = params as unknown[];
    if (!options.reusePlan) return { text, values };
    let name = this.preparedNames.get(text);
    if (name === undefined) {
      // Named by the text itself, so one name never stands for two statements.
      name = `concordat_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
      this.preparedNames.set(text, name);
    }
    return { name, text, values };
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

/**
 * Holds the connection's socket back until this tick's work is done, so that the statements a
 * transaction sends without waiting (a projection's writes, pipelined) leave in one write rather
 * than one system call each. `pg` corks each statement's messages itself; corks nest.
 */
function coalescingWrites(client: PoolClient): () => void {
  const stream = (client as unknown as { connection?: { stream?: Writable } }).connection?.stream;
  let corked = false;
  return () => {
    if (corked || !stream) return;
    corked = true;
    stream.cork();
    process.nextTick(() => {
      corked = false;
      stream.uncork();
    });
  };
}
