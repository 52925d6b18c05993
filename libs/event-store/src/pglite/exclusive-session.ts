/**
 * First come, first served use of PGlite's one connection. PGlite serialises its own calls, but
 * a caller that sends BEGIN ... COMMIT as separate statements (an ORM) needs the connection to
 * itself for the whole transaction, so every use goes through this queue.
 */
export class ExclusiveSession {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
