import type { QueryOptions, SqlDatabase, SqlQueryable } from '../sql/sql-database';

export interface CommitGate {
  /** Resolves once the held transaction has done its work and waits to commit. */
  readonly reached: Promise<void>;
  release(): void;
}

/**
 * Wraps a database so a test can hold the next transaction open just before it commits: the way
 * to force a lower global position to commit after a higher one. A statement that would commit on
 * its own (`queryInOwnTransaction`, how the store appends) is held by running it inside a
 * transaction instead, then holding that: the same statement, with its transaction id taken and
 * its rows written but not yet visible.
 */
export class GatedDatabase implements SqlDatabase {
  private pending: { gate: CommitGate; arrive: () => void; released: Promise<void> } | null = null;

  constructor(private readonly inner: SqlDatabase) {}

  holdNextCommit(): CommitGate {
    let arrive = () => undefined as void;
    let release = () => undefined as void;
    const reached = new Promise<void>((resolve) => (arrive = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const gate = { reached, release };
    this.pending = { gate, arrive, released };
    return gate;
  }

  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const held = this.pending;
    this.pending = null;
    return this.inner.transaction(async (tx) => {
      const result = await work(tx);
      if (held) {
        held.arrive();
        await held.released;
      }
      return result;
    });
  }

  queryInOwnTransaction<Row extends object>(
    text: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ) {
    if (!this.pending) return this.inner.queryInOwnTransaction<Row>(text, params, options);
    return this.transaction((tx) => tx.query<Row>(text, params, options));
  }

  query<Row extends object>(text: string, params?: readonly unknown[]) {
    return this.inner.query<Row>(text, params);
  }

  exec(script: string) {
    return this.inner.exec(script);
  }

  tryLockForSession(key: string) {
    return this.inner.tryLockForSession(key);
  }

  listen(channel: string, onNotify: () => void) {
    return this.inner.listen(channel, onNotify);
  }

  close() {
    return this.inner.close();
  }
}
