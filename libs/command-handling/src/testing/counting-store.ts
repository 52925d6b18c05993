import type { EventStore, ReadStreamOptions, StoredEvent } from '@concordat/event-store';

/** A store that counts the events loads read from it, to show what a cached load skips. */
export class CountingStore implements EventStore {
  eventsRead = 0;

  constructor(private readonly inner: EventStore) {}

  async *readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent> {
    for await (const event of this.inner.readStream(streamId, options)) {
      this.eventsRead += 1;
      yield event;
    }
  }

  appendToStream: EventStore['appendToStream'] = (...args) => this.inner.appendToStream(...args);
  readAll: EventStore['readAll'] = (...args) => this.inner.readAll(...args);
  subscribeToAll: EventStore['subscribeToAll'] = (...args) => this.inner.subscribeToAll(...args);
  headPosition: EventStore['headPosition'] = () => this.inner.headPosition();
  ping: EventStore['ping'] = () => this.inner.ping();
  close: EventStore['close'] = () => this.inner.close();
}
