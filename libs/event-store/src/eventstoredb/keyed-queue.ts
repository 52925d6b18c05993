/**
 * Runs tasks with the same key one after another, and tasks with different keys side by side.
 * Appends to one stream queue here, so writers in one process never race each other for the
 * stream's head; only writers in other processes can, and they meet ESDB's revision check.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail: Promise<void> = result.then(
      () => this.release(key, tail),
      () => this.release(key, tail),
    );
    this.tails.set(key, tail);
    return result;
  }

  /** Forgets a key once its last task is done, so the map holds only streams being written. */
  private release(key: string, tail: Promise<void>): void {
    if (this.tails.get(key) === tail) this.tails.delete(key);
  }
}
