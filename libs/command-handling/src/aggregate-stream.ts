import type { DomainEvent, Upcaster } from '@concordat/shared-kernel';
import type { EventStore, ReadStreamOptions } from '@concordat/event-store';
import {
  foldOnto,
  loadedFrom,
  unfolded,
  type AggregateFold,
  type LoadedAggregate,
} from './stream-fold';

/**
 * Folds a stream into its decider's state, upcasting each stored event to its current shape.
 * Options narrow the read, e.g. `recordedUpTo` for the state as it stood at an instant.
 */
export async function loadAggregate<State, TEvent extends DomainEvent>(
  store: EventStore,
  decider: AggregateFold<State, TEvent>,
  streamId: string,
  upcasters: readonly Upcaster[] = [],
  options: ReadStreamOptions = {},
): Promise<LoadedAggregate<State>> {
  const events = store.readStream(streamId, { ...options, direction: 'forwards' });
  return loadedFrom(await foldOnto(unfolded(decider, streamId), events, decider, upcasters));
}
