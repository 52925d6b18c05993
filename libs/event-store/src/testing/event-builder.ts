import { randomUUID } from 'node:crypto';
import type { JsonObject } from '@concordat/shared-kernel';
import type { EventMetadata, NewEvent } from '../port/events';

/** Test data: `anEvent().ofType('CommitmentMade').withData({ ... }).build()`. */
export function anEvent(): EventBuilder {
  return new EventBuilder();
}

export class EventBuilder {
  private event: NewEvent = {
    id: randomUUID(),
    type: 'SomethingHappened',
    schemaVersion: 1,
    data: { note: 'a fact' },
    metadata: {
      actor: 'user:test-officer',
      correlationId: 'corr-1',
      causationId: null,
      commandId: null,
      occurredAt: '2013-04-01T09:00:00.000Z',
    },
  };

  withId(id: string): this {
    return this.with({ id });
  }

  ofType(type: string): this {
    return this.with({ type });
  }

  withData(data: JsonObject): this {
    return this.with({ data });
  }

  withMetadata(metadata: Partial<EventMetadata>): this {
    return this.with({ metadata: { ...this.event.metadata, ...metadata } });
  }

  build(): NewEvent {
    return this.event;
  }

  /** `count` events differing by id and a sequence number in their data. */
  buildMany(count: number): NewEvent[] {
    return Array.from({ length: count }, (_, index) => ({
      ...this.event,
      id: randomUUID(),
      data: { ...this.event.data, sequence: index },
    }));
  }

  private with(change: Partial<NewEvent>): this {
    this.event = { ...this.event, ...change };
    return this;
  }
}
