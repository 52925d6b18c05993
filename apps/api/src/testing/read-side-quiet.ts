import type { QueryCounter } from '@concordat/read-models';

/**
 * Waits until no statement has been sent for a moment: a request refused part-way (say, a bad
 * argument on a nested field) is answered while its sibling fields' statements are still running,
 * and those must not be counted against the next request.
 */
export async function readSideQuiet(counter: QueryCounter): Promise<void> {
  for (;;) {
    const before = counter.count;
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (counter.count === before) return;
  }
}
