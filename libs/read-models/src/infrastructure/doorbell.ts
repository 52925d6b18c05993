/**
 * Lets an idle loop sleep until either its poll interval passes or someone rings: a runner
 * waiting for new events wakes at once when a caller in this process has just appended one. A
 * loop notes `rings` before it looks for work, so a ring that comes while it is looking is not
 * lost: the wait that follows returns at once.
 */
export class Doorbell {
  private readonly sleepers = new Set<() => void>();
  private rung = 0;

  /** How many times the bell has rung; pass it to `wait` to catch rings since it was read. */
  get rings(): number {
    return this.rung;
  }

  /** Resolves after `ms`, or sooner when the bell rings (or has rung since `rings` was `since`). */
  wait(ms: number, since: number = this.rung): Promise<void> {
    if (this.rung !== since) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }

  ring(): void {
    this.rung += 1;
    for (const wake of [...this.sleepers]) wake();
  }
}
