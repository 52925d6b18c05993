import type { SessionLock } from '@concordat/event-store';

/** What the schedule needs from the world: a lock, the log's growth, and a signer. */
export interface ScheduledSigning {
  readonly intervalMs: number;
  /** The one lock that lets a process sign on schedule, or null when another process holds it. */
  tryLock(): Promise<SessionLock | null>;
  logHasGrown(): Promise<boolean>;
  sign(): Promise<unknown>;
  /** Told of a round that failed; the next round tries again. */
  onError(error: unknown): void;
}

export type RoundOutcome = 'standby' | 'unchanged' | 'signed';

/**
 * Signs a checkpoint every interval when the log has grown since the latest one, in one process
 * only: the holder of a session lock, as with the projections. Another process stands by and
 * takes the lock over when the holder dies; a signer that lost its connection gives it up.
 */
export class CheckpointSchedule {
  private lock: SessionLock | null = null;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(private readonly signing: ScheduledSigning) {}

  start(): void {
    this.timer = setTimeout(() => {
      this.round = this.runRound().finally(() => {
        if (!this.stopped) this.start();
      });
    }, this.signing.intervalMs);
  }

  /** One round; what it did is for tests and logs. */
  async runRound(): Promise<RoundOutcome | 'failed'> {
    try {
      if (this.lock && !this.lock.isHeld()) this.lock = null;
      this.lock ??= await this.signing.tryLock();
      if (!this.lock) return 'standby';
      if (!(await this.signing.logHasGrown())) return 'unchanged';
      await this.signing.sign();
      return 'signed';
    } catch (error) {
      this.signing.onError(error);
      return 'failed';
    }
  }

  /** Lets a round under way finish, then gives up the lock. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.round;
    await this.lock?.release();
    this.lock = null;
  }
}
