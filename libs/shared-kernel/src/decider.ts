import type { Command, DomainEvent } from './messages';

/**
 * An aggregate as three pure functions: no framework, no clock, no randomness. Facts from other
 * aggregates that a rule needs (is this partner current? is that decision quorate?) arrive as
 * `context`, looked up by the command handler before deciding.
 */
export interface Decider<
  State,
  TCommand extends Command,
  TEvent extends DomainEvent,
  Context = undefined,
> {
  initialState(): State;
  evolve(state: State, event: TEvent): State;
  /** Returns the events the command causes, or throws a RuleViolation; never has side effects. */
  decide(command: TCommand, state: State, context: Context): readonly TEvent[];
}

export function replay<State, TEvent extends DomainEvent>(
  decider: Pick<Decider<State, never, TEvent, unknown>, 'initialState' | 'evolve'>,
  events: Iterable<TEvent>,
): State {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}
