/** The little the SQL event store needs from a PostgreSQL connection, whatever carries it. */
export interface SqlQueryable {
  query<Row extends object>(
    text: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<readonly Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface QueryOptions {
  /**
   * The statement is sent many times with other parameters and no answer whose shape could
   * change: the server may plan it once per connection (a prepared statement) instead of each
   * time. Planning is most of the cost of a small write.
   */
  readonly reusePlan?: boolean;
}

export interface SqlDatabase extends SqlQueryable {
  /**
   * Runs one statement outside any transaction block, so the server commits it with the
   * statement: one round trip, no BEGIN or COMMIT. The same as `query`, named apart so that a test
   * can hold such a statement's transaction open before it commits (GatedDatabase).
   */
  queryInOwnTransaction<Row extends object>(
    text: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<readonly Row[]>;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * Takes a lock named `key` for as long as this process holds it, or returns null at once when
   * another process has it. The lock dies with the process, so a standby can take over.
   */
  tryLockForSession(key: string): Promise<SessionLock | null>;
  /** Calls `onNotify` whenever the channel is notified; resolves to an unsubscribe function. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface SessionLock {
  /** False once the connection holding the lock has gone: another process may hold it now. */
  isHeld(): boolean;
  release(): Promise<void>;
}

/** PostgreSQL's SQLSTATE for a unique constraint violation. */
export const UNIQUE_VIOLATION = '23505';

export function sqlStateOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function constraintOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'constraint' in error) {
    const constraint = error.constraint;
    return typeof constraint === 'string' ? constraint : undefined;
  }
  return undefined;
}
