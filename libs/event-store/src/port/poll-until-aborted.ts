import type { StoredEvent } from './events';

export interface PollingSource {
  readonly after: bigint | undefined;
  readonly signal: AbortSignal | undefined;
  readonly pageSize: number;
  readPage(after: bigint | undefined): Promise<readonly StoredEvent[]>;
  /** Resolves when more events may be readable (a notification, or the poll interval). */
  waitForMore(signal: AbortSignal | undefined): Promise<void>;
}

/**
 * Catch-up then live, as one loop: read pages after the checkpoint until a short page says the
 * reader is at the head, then wait to be woken. The checkpoint only moves past events already
 * yielded, so a consumer that stops and resumes from its last position sees each event once.
 */
export async function* pollUntilAborted(source: PollingSource): AsyncGenerator<StoredEvent> {
  let after = source.after;
  while (!source.signal?.aborted) {
    const page = await source.readPage(after);
    for (const event of page) {
      if (source.signal?.aborted) return;
      yield event;
      after = event.globalPosition;
    }
    if (page.length < source.pageSize) await source.waitForMore(source.signal);
  }
}
