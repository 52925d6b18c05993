import type { Decider, DomainEvent, Upcaster } from '@concordat/shared-kernel';
import { upcastEvent } from '@concordat/shared-kernel';
import type { EventStore, ReadStreamOptions } from '@concordat/event-store';

/** What a command did to a stream, or had already done when it is retried. */
export interface CommandOutcome {
  readonly streamId: string;
  /** The stream's revision after the command; null if the stream still has no events. */
  readonly revision: bigint | null;
  /** Global positions of the events the command caused. */
  readonly positions: readonly bigint[];
  readonly alreadyHandled: boolean;
}

export interface LoadedAggregate<State> {
  readonly state: State;
  readonly revision: bigint | null;
  /** Earlier outcomes by command id, so a retried command is recognised. */
  readonly handled: ReadonlyMap<string, CommandOutcome>;
}

/**
 * Folds a stream into its decider's state, upcasting each stored event to its current shape.
 * Options narrow the read, e.g. `recordedUpTo` for the state as it stood at an instant.
 */
export async function loadAggregate<State, TEvent extends DomainEvent>(
  store: EventStore,
  decider: Pick<Decider<State, never, TEvent, unknown>, 'initialState' | 'evolve'>,
  streamId: string,
  upcasters: readonly Upcaster[] = [],
  options: ReadStreamOptions = {},
): Promise<LoadedAggregate<State>> {
  let state = decider.initialState();
  let revision: bigint | null = null;
  const handled = new Map<string, { positions: bigint[]; revision: bigint }>();
  for await (const stored of store.readStream(streamId, { ...options, direction: 'forwards' })) {
    const event = upcastEvent(upcasters, stored) as TEvent;
    state = decider.evolve(state, event);
    revision = stored.streamRevision;
    const commandId = stored.metadata.commandId;
    if (commandId !== null) {
      const earlier = handled.get(commandId) ?? { positions: [], revision };
      earlier.positions.push(stored.globalPosition);
      earlier.revision = revision;
      handled.set(commandId, earlier);
    }
  }
  const outcomes = new Map<string, CommandOutcome>();
  for (const [commandId, { positions, revision: at }] of handled) {
    outcomes.set(commandId, { streamId, revision: at, positions, alreadyHandled: true });
  }
  return { state, revision, handled: outcomes };
}
