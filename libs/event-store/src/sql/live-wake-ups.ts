import type { SqlDatabase } from './sql-database';

const CHANNEL = 'concordat_events';
/**
 * The least time between two notifications from one process. A notification is a statement of its
 * own that every append would otherwise pay for: sent after each, it cost one appender about a
 * fifth of its appends a second (docs/benchmarks.md). Other processes' subscribers hear of an
 * append at most this much later; this process's own are woken at once.
 */
const NOTIFY_INTERVAL_MS = 10;

/**
 * Wakes waiting subscribers when an append is notified, or when the poll interval passes: a
 * notification is only a hint (it can be missed across a reconnect, and a transaction that holds
 * the read horizon back sends none when it ends), so polling is what guarantees progress.
 *
 * Appends announce themselves after they commit, not from inside their transaction: PostgreSQL
 * commits notifying transactions one at a time under a database-wide lock, which cost 16
 * concurrent appenders seven in eight of their throughput (docs/benchmarks.md). Appends that
 * commit in quick succession share one notification.
 */
export class LiveWakeUps {
  private waiters = new Set<() => void>();
  private unlisten: Promise<(() => Promise<void>) | null> | null = null;
  private notifying: Promise<void> | null = null;
  private notifyAgain = false;

  constructor(
    private readonly database: SqlDatabase,
    private readonly pollIntervalMs: number,
  ) {}

  next(signal: AbortSignal | undefined): Promise<void> {
    // An abort that came before the wait would otherwise hold it for a whole poll interval.
    if (signal?.aborted) return Promise.resolve();
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

  /**
   * Called once an append has committed: wakes this process's subscribers at once and notifies
   * other processes' without holding the appender up. Appends that commit while a notification
   * is on its way, or within the interval after it, share the next one.
   */
  announceAppend(): void {
    this.wakeAll();
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = this.notifyOthers();
  }

  private async notifyOthers(): Promise<void> {
    do {
      this.notifyAgain = false;
      // Only a hint: should it fail, the others' polling still finds the events.
      await this.database.query(`SELECT pg_notify('${CHANNEL}', '')`).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, NOTIFY_INTERVAL_MS));
    } while (this.notifyAgain);
    this.notifying = null;
  }

  private wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }

  async close(): Promise<void> {
    this.wakeAll();
    await this.notifying;
    const unlisten = await this.unlisten;
    this.unlisten = null;
    await unlisten?.();
  }
}
