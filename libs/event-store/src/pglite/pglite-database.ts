import { PGlite, type Results } from '@electric-sql/pglite';
import type { SessionLock, SqlDatabase, SqlQueryable } from '../sql/sql-database';
import { ExclusiveSession } from './exclusive-session';

/** The raw connection, for a caller holding the session (see `withSession`). */
export interface PgliteSession {
  query<Row extends object>(text: string, params?: readonly unknown[]): Promise<Results<Row>>;
  exec(script: string): Promise<readonly Results[]>;
}

/**
 * PostgreSQL compiled to WebAssembly, in this process, with its data directory on disk: the store
 * that needs no server. It has one connection, which callers take in turn.
 */
export class PgliteDatabase implements SqlDatabase {
  private readonly session = new ExclusiveSession();
  private readonly locks = new Set<string>();

  private constructor(
    private readonly db: PGlite,
    private readonly afterClose: () => Promise<void>,
  ) {}

  /**
   * `dataDir` is a directory on disk, or undefined for a throwaway in-memory database;
   * `afterClose` releases whatever guarded the directory.
   */
  static async open(
    dataDir?: string,
    afterClose: () => Promise<void> = async () => undefined,
  ): Promise<PgliteDatabase> {
    const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
    await db.waitReady;
    return new PgliteDatabase(db, afterClose);
  }

  /**
   * A throwaway in-memory database starting from `image`, a data directory dumped by `dumpImage`:
   * far quicker than `open`, which initialises an empty directory first.
   */
  static async openImage(image: Blob): Promise<PgliteDatabase> {
    const db = new PGlite({ loadDataDir: image });
    await db.waitReady;
    return new PgliteDatabase(db, async () => undefined);
  }

  /** The whole data directory as one file, for `openImage`. */
  dumpImage(): Promise<Blob> {
    return this.session.run(() => this.db.dumpDataDir('none'));
  }

  async query<Row extends object>(text: string, params: readonly unknown[] = []) {
    return this.session.run(async () => (await this.db.query<Row>(text, params as unknown[])).rows);
  }

  async exec(script: string): Promise<void> {
    await this.session.run(() => this.db.exec(script));
  }

  /** Outside BEGIN, PGlite commits each statement on its own. */
  queryInOwnTransaction<Row extends object>(text: string, params: readonly unknown[] = []) {
    return this.query<Row>(text, params);
  }

  async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return this.session.run(() =>
      this.db.transaction((tx) =>
        work({
          query: async <Row extends object>(text: string, params: readonly unknown[] = []) =>
            (await tx.query<Row>(text, params as unknown[])).rows,
          exec: async (script: string) => {
            await tx.exec(script);
          },
        }),
      ),
    );
  }

  /**
   * Holds the connection until `work` settles, for a caller that manages its own transactions
   * with BEGIN and COMMIT (the read models' ORM). Nothing else runs meanwhile, so `work` must not
   * wait on this database by any other path.
   */
  withSession<T>(work: (session: PgliteSession) => Promise<T>): Promise<T> {
    return this.session.run(() =>
      work({
        query: <Row extends object>(text: string, params: readonly unknown[] = []) =>
          this.db.query<Row>(text, params as unknown[]),
        exec: (script: string) => this.db.exec(script),
      }),
    );
  }

  /** One process owns an embedded store, so each lock is simply held or not, in memory. */
  async tryLockForSession(key: string): Promise<SessionLock | null> {
    if (this.locks.has(key)) return null;
    this.locks.add(key);
    return { isHeld: () => this.locks.has(key), release: async () => void this.locks.delete(key) };
  }

  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    return this.db.listen(channel, onNotify);
  }

  async close(): Promise<void> {
    await this.session.run(async () => {
      if (!this.db.closed) await this.db.close();
    });
    await this.afterClose();
  }
}
