import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
} from '@concordat/event-store';

/** A real store that counts the events it hands out, to see how much a question had to read. */
export class CountingEventStore implements EventStore {
  eventsRead = 0;

  constructor(private readonly inner: EventStore) {}

  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision?: ExpectedRevision,
  ): Promise<AppendResult> {
    return this.inner.appendToStream(streamId, events, expectedRevision);
  }

  async *readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent> {
    for await (const event of this.inner.readStream(streamId, options)) {
      this.eventsRead += 1;
      yield event;
    }
  }

  readAll(options?: ReadAllOptions): Promise<readonly StoredEvent[]> {
    return this.inner.readAll(options);
  }

  subscribeToAll(options?: SubscribeOptions): AsyncIterable<StoredEvent> {
    return this.inner.subscribeToAll(options);
  }

  headPosition(): Promise<bigint | null> {
    return this.inner.headPosition();
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
