import type { Decider, DomainEvent, Upcaster } from '@concordat/shared-kernel';
import { upcastEvent } from '@concordat/shared-kernel';
import type { StoredEvent } from '@concordat/event-store';
import { CommandRecord, type HandledCommands } from './command-record';

export interface LoadedAggregate<State> {
  readonly state: State;
  readonly revision: bigint | null;
  /** Earlier outcomes by command id, so a retried command is recognised. */
  readonly handled: HandledCommands;
}

/** What folding a stream needs of its decider. */
export type AggregateFold<State, TEvent extends DomainEvent> = Pick<
  Decider<State, never, TEvent, unknown>,
  'initialState' | 'evolve'
>;

/** A stream folded up to a revision, with the commands its events name. */
export interface FoldedStream<State> {
  readonly state: State;
  /** The revision of the last event folded; null before the first. */
  readonly revision: bigint | null;
  readonly commands: CommandRecord;
}

/** Where a fold of a stream starts: no event folded yet. */
export function unfolded<State>(
  decider: { initialState(): State },
  streamId: string,
): FoldedStream<State> {
  return { state: decider.initialState(), revision: null, commands: new CommandRecord(streamId) };
}

/**
 * Folds events read in stream order onto where a fold of the stream stopped, upcasting each to
 * its current shape. `inspect` sees each stored event as it is folded.
 */
export async function foldOnto<State, TEvent extends DomainEvent>(
  from: FoldedStream<State>,
  events: AsyncIterable<StoredEvent>,
  decider: AggregateFold<State, TEvent>,
  upcasters: readonly Upcaster[],
  inspect: (stored: StoredEvent) => void = () => undefined,
): Promise<FoldedStream<State>> {
  let { state, revision } = from;
  for await (const stored of events) {
    inspect(stored);
    state = decider.evolve(state, upcastEvent(upcasters, stored) as TEvent);
    revision = stored.streamRevision;
    from.commands.record(stored);
  }
  return { state, revision, commands: from.commands };
}

export function loadedFrom<State>({
  state,
  revision,
  commands,
}: FoldedStream<State>): LoadedAggregate<State> {
  return { state, revision, handled: commands.asOf(revision) };
}
