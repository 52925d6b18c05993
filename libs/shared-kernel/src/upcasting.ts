import type { DomainEvent } from './messages';

/** Turns one stored shape of an event type into the next version's shape. */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  upcast(data: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/**
 * Brings a stored event up to the current shape of its type, one version at a time, so a
 * decider only ever sees current shapes while the store keeps every byte as written.
 */
export function upcastEvent(upcasters: readonly Upcaster[], stored: DomainEvent): DomainEvent {
  let event = stored;
  for (;;) {
    const next = upcasters.find(
      (candidate) => candidate.type === event.type && candidate.fromVersion === event.schemaVersion,
    );
    if (!next) return event;
    event = {
      type: event.type,
      schemaVersion: event.schemaVersion + 1,
      data: next.upcast(event.data as Record<string, unknown>),
    };
  }
}
