import type { SqlDatabase } from './sql-database';

const CHANNEL = 'concordat_events';

/**
 * Wakes waiting subscribers when an append is notified, or when the poll interval passes: a
 * notification is only a hint (it can be missed across a reconnect, and a transaction that holds
 * the read horizon back sends none when it ends), so polling is what guarantees progress.
 */
export class LiveWakeUps {
  private waiters = new Set<() => void>();
  private unlisten: Promise<(() => Promise<void>) | null> | null = null;

  constructor(
    private readonly database: SqlDatabase,
    private readonly pollIntervalMs: number,
  ) {}

  next(signal: AbortSignal | undefined): Promise<void> {
    this.unlisten ??= this.database.listen(CHANNEL, () => this.wakeAll()).catch(() => null);
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.pollIntervalMs);
      signal?.addEventListener('abort', done, { once: true });
      this.waiters.add(done);
    });
  }

  private wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }

  async close(): Promise<void> {
    this.wakeAll();
    const unlisten = await this.unlisten;
    this.unlisten = null;
    await unlisten?.();
  }
}
