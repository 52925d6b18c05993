import { dateOf, type CalendarDate } from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import type { AsOf } from '@concordat/time-travel';

/**
 * The last revision of a stream known at the end of `date`: the events that occurred (by the
 * time the command that caused them states, in UTC) on or before it, up to the first that
 * occurred after it. Null when none had. The store's own recording clock does not place them:
 * a story loaded after the fact (the demo) still reads as it happened.
 */
export async function revisionKnownAt(
  events: EventStore,
  streamId: string,
  date: CalendarDate,
): Promise<bigint | null> {
  let known: bigint | null = null;
  for await (const stored of events.readStream(streamId)) {
    if (dateOf(stored.metadata.occurredAt) > date) break;
    known = stored.streamRevision;
  }
  return known;
}

/** What a time-travel fold (`agreementAsOf`, `commitmentAsOf`...) gives at that revision. */
export async function knownAt<T>(
  events: EventStore,
  streamId: string,
  date: CalendarDate,
  asOf: (at: AsOf) => Promise<T | null>,
): Promise<T | null> {
  const revision = await revisionKnownAt(events, streamId, date);
  return revision === null ? null : asOf({ revision });
}
