import { PGlite } from '@electric-sql/pglite';
import type { SqlDatabase, SqlQueryable } from '../sql/sql-database';

/**
 * PostgreSQL compiled to WebAssembly, in this process, with its data directory on disk: the store
 * that needs no server. It has one connection, so transactions run one at a time.
 */
export class PgliteDatabase implements SqlDatabase {
  private constructor(private readonly db: PGlite) {}

  /** `dataDir` is a directory on disk, or undefined for a throwaway in-memory database. */
  static async open(dataDir?: string): Promise<PgliteDatabase> {
    const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
    await db.waitReady;
    return new PgliteDatabase(db);
  }

  async query<Row extends object>(text: string, params: readonly unknown[] = []) {
    return (await this.db.query<Row>(text, params as unknown[])).rows;
  }

  async exec(script: string): Promise<void> {
    await this.db.exec(script);
  }

  async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) =>
      work({
        query: async <Row extends object>(text: string, params: readonly unknown[] = []) =>
          (await tx.query<Row>(text, params as unknown[])).rows,
        exec: async (script: string) => {
          await tx.exec(script);
        },
      }),
    );
  }

  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    return this.db.listen(channel, onNotify);
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}
