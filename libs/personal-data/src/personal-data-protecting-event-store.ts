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
import type { PersonalDataCatalogue } from '@concordat/shared-kernel';
import type { PersonalDataKeys } from './personal-data-keys';
import { openEventData, sealEvent, subjectsOf } from './seal-event';

/** Events read ahead when opening a stream: few key lookups for a long stream, little memory. */
const OPEN_BATCH = 500;

/**
 * The event store as the application sees it: personal fields are sealed on the way in and
 * opened on the way out, so deciders, projections and reports deal in plain values while the log
 * holds only ciphertext for them. Hashes, canonical text and positions pass through untouched:
 * they are the sealed event's, which is what integrity checks verify.
 *
 * An erasure event destroys its subject's key before it is appended. Should the append then fail,
 * the data is erased all the same and re-sending the erasure records it; the other order could
 * leave a recorded erasure with a key that still opens.
 */
export class PersonalDataProtectingEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly keys: PersonalDataKeys,
    private readonly catalogue: PersonalDataCatalogue,
  ) {}

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision?: ExpectedRevision,
  ): Promise<AppendResult> {
    for (const event of events) {
      const erasure = this.catalogue.erasures.find((candidate) => candidate.type === event.type);
      if (erasure) await this.keys.destroy(erasure.subjectOf(event.data));
    }
    const sealed: NewEvent[] = [];
    for (const event of events) {
      sealed.push(await sealEvent(this.catalogue, event, (subject) => this.keys.keyFor(subject)));
    }
    return this.inner.appendToStream(streamId, sealed, expectedRevision);
  }

  /** Opened a batch at a time, so that a stream needs one key lookup per batch, not per event. */
  async *readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent> {
    let batch: StoredEvent[] = [];
    for await (const event of this.inner.readStream(streamId, options)) {
      batch.push(event);
      if (batch.length < OPEN_BATCH) continue;
      yield* await this.open(batch);
      batch = [];
    }
    yield* await this.open(batch);
  }

  async readAll(options?: ReadAllOptions): Promise<readonly StoredEvent[]> {
    return this.open(await this.inner.readAll(options));
  }

  async *subscribeToAll(options?: SubscribeOptions): AsyncIterable<StoredEvent> {
    for await (const event of this.inner.subscribeToAll(options)) {
      yield await this.openOne(event);
    }
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

  /** One key lookup for a whole page; none at all when nothing in it holds personal data. */
  private async open(events: readonly StoredEvent[]): Promise<StoredEvent[]> {
    const subjects = subjectsOf(this.catalogue, events);
    if (subjects.length === 0) return [...events];
    const keys = await this.keys.keysOf(subjects);
    return events.map((event) => ({ ...event, data: openEventData(this.catalogue, event, keys) }));
  }

  private async openOne(event: StoredEvent): Promise<StoredEvent> {
    const [opened] = await this.open([event]);
    return opened ?? event;
  }
}
