import type { EventStore } from '../port/event-store.port';
import type { StoredEvent } from '../port/events';

/**
 * Every event committed so far, in log order. Reading the global log stops short while an older
 * transaction anywhere on the server is open (other test files share the server), so this reads
 * on until it reaches the head that was committed when it started.
 */
export async function readEverything(store: EventStore): Promise<StoredEvent[]> {
  const head = (await store.headPosition()) ?? -1n;
  const events: StoredEvent[] = [];
  while ((events.at(-1)?.globalPosition ?? -1n) < head) {
    const page = await store.readAll({ after: events.at(-1)?.globalPosition, maxCount: 1_000 });
    if (page.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    events.push(...page);
  }
  return events;
}
