import type { StoredEvent } from '@concordat/event-store';
import {
  upcastEvent,
  type Decider,
  type DomainEvent,
  type Upcaster,
} from '@concordat/shared-kernel';
import { recordedEventOf, type RecordedEvent } from './recorded-event';

/**
 * How a stream's events build up a state. Mostly a decider's own `evolve`; a fold may also keep
 * what the decider has no rule for but a reader shows (progress reports), which needs the stored
 * event's metadata as well as the upcast event.
 */
export interface StreamFold<State> {
  /** Names the fold in the snapshot cache, so the states of two folds never mix. */
  readonly name: string;
  readonly upcasters: readonly Upcaster[];
  /**
   * True when the state holds personal data: it is then never cached, since an erasure must
   * reach every answer at once, including those about the past.
   */
  readonly holdsPersonalData?: boolean;
  initialState(): State;
  evolve(state: State, event: DomainEvent, stored: StoredEvent): State;
}

/** The state of a stream once its events up to `revision` are folded, and where it stands. */
export interface StreamSnapshot<State> {
  readonly streamId: string;
  readonly state: State;
  /** The revision of the last event folded. */
  readonly revision: bigint;
  /** The stream's first event: when the aggregate came to be. */
  readonly first: RecordedEvent;
  /** The last event folded: when the state last changed. */
  readonly last: RecordedEvent;
}

/** A decider's `evolve` as a fold, for streams whose whole story the decider's state tells. */
export function deciderFold<State, TEvent extends DomainEvent>(
  name: string,
  decider: Pick<Decider<State, never, TEvent, unknown>, 'initialState' | 'evolve'>,
  upcasters: readonly Upcaster[] = [],
): StreamFold<State> {
  return {
    name,
    upcasters,
    initialState: decider.initialState,
    // The stream holds only this decider's events; the store does not know their types.
    evolve: (state, event) => decider.evolve(state, event as TEvent),
  };
}

/** One step: the snapshot after `stored`, from the one before it (null before the first event). */
export function foldEvent<State>(
  fold: StreamFold<State>,
  before: StreamSnapshot<State> | null,
  stored: StoredEvent,
): StreamSnapshot<State> {
  const event = upcastEvent(fold.upcasters, stored);
  const recorded = recordedEventOf(stored);
  return {
    streamId: stored.streamId,
    state: fold.evolve(before?.state ?? fold.initialState(), event, stored),
    revision: stored.streamRevision,
    first: before?.first ?? recorded,
    last: recorded,
  };
}
