import type { QueryOptions, SqlQueryable } from '@concordat/event-store';
import type { ProjectionWrites } from './projection';

/**
 * A batch's transaction for `apply`, where statements whose answers are not needed are sent
 * without waiting. On PostgreSQL the connection is pipelined, so the writes of a page travel
 * together instead of a round trip each; PGlite takes them in turn. Either way they run in the
 * order they were sent, and before any statement sent after them. A write is sent many times
 * over, so the server keeps its plan.
 */
export class PipelinedWrites implements ProjectionWrites {
  private readonly pending: Promise<unknown>[] = [];
  private firstFailure: { readonly error: unknown } | undefined;
  private readonly deferred = new Map<string, () => Promise<void>>();

  constructor(private readonly tx: SqlQueryable) {}

  write(text: string, params: readonly unknown[] = []): void {
    this.pending.push(
      this.tx.query(text, params, { reusePlan: true }).catch((error: unknown) => {
        this.firstFailure ??= { error };
      }),
    );
  }

  once(key: string, task: () => Promise<void>): void {
    if (!this.deferred.has(key)) this.deferred.set(key, task);
  }

  query<Row extends object>(
    text: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<readonly Row[]> {
    return this.tx.query<Row>(text, params, options);
  }

  exec(script: string): Promise<void> {
    return this.tx.exec(script);
  }

  /** Runs the deferred tasks, then waits for every write sent; throws the first that failed. */
  async settle(): Promise<void> {
    const tasks = [...this.deferred.values()];
    this.deferred.clear();
    await Promise.all(tasks.map((task) => task()));
    await Promise.all(this.pending.splice(0));
    if (this.firstFailure) throw this.firstFailure.error;
  }

  /**
   * Once a write has failed, the transaction refuses everything after it: the write's own error
   * says what went wrong, the later ones only that the transaction was aborted.
   */
  async cause(error: unknown): Promise<unknown> {
    await Promise.all(this.pending.splice(0));
    return this.firstFailure?.error ?? error;
  }
}
