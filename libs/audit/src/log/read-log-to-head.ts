import { setTimeout as delay } from 'node:timers/promises';
import type { EventStore, StoredEvent } from '@concordat/event-store';

const PAGE_SIZE = 1_000;
const WAIT_FOR_HORIZON_MS = 50;

/**
 * The global log in position order, from its first event to the last one committed when reading
 * began, one page at a time. The store hands out events only below its gap-safe horizon, so a
 * page comes back empty before the head while an older transaction is still open somewhere: this
 * waits and reads on rather than stop short, so that nothing is signed or verified with its newest
 * events quietly left out. The next page is asked for as soon as a page arrives, so that the store
 * reads it while the caller works through this one.
 */
export async function* readLogToHead(
  store: EventStore,
  pageSize = PAGE_SIZE,
): AsyncGenerator<StoredEvent> {
  const head = await store.headPosition();
  if (head === null) return;
  const readAfter = (after: bigint | undefined) => {
    const page = store.readAll({ after, maxCount: pageSize });
    // Awaited below, unless the caller stops first: then its failure concerns no one.
    page.catch(() => undefined);
    return page;
  };
  let after: bigint | undefined;
  let next = readAfter(after);
  while ((after ?? -1n) < head) {
    const page = await next;
    if (page.length === 0) {
      await delay(WAIT_FOR_HORIZON_MS);
      next = readAfter(after);
      continue;
    }
    after = page.at(-1)!.globalPosition;
    if (after < head) next = readAfter(after);
    for (const event of page) {
      if (event.globalPosition > head) return;
      yield event;
    }
  }
}
