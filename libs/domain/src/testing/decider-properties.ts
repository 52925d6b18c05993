import fc from 'fast-check';
import {
  replay,
  RuleViolation,
  type Command,
  type Decider,
  type DomainEvent,
} from '@concordat/shared-kernel';

/**
 * Two properties every decider must have, over any sequence of generated commands, valid or not:
 * a command either yields events or throws a RuleViolation (nothing else, and an invalid command
 * changes nothing); and replaying all the events from scratch gives the state built step by step.
 */
export function checkDeciderProperties<S, C extends Command, E extends DomainEvent, X>(
  decider: Decider<S, C, E, X>,
  commands: fc.Arbitrary<C[]>,
  context: (state: S) => X = () => undefined as X,
  runs = 200,
): { accepted: number; refused: number } {
  const totals = { accepted: 0, refused: 0 };
  fc.assert(
    fc.property(commands, (sequence) => {
      let state = decider.initialState();
      const history: E[] = [];
      for (const command of sequence) {
        const before = state;
        // States are shared once folded (the command side caches them): nothing may change one.
        const asItWas = snapshotOf(state);
        let events: readonly E[];
        try {
          events = decider.decide(command, state, context(state));
        } catch (error) {
          if (!(error instanceof RuleViolation)) throw error;
          totals.refused += 1;
          expect(state).toBe(before);
          continue;
        }
        totals.accepted += 1;
        for (const event of events) state = decider.evolve(state, event);
        expect(snapshotOf(before)).toBe(asItWas);
        history.push(...events);
      }
      expect(replay(decider, history)).toEqual(state);
    }),
    { numRuns: runs },
  );
  return totals;
}

/** A state as text, Maps and Sets included, to tell whether anything in it changed. */
const snapshotOf = (state: unknown) =>
  JSON.stringify(state, (_key, value: unknown) =>
    value instanceof Map || value instanceof Set ? [...value] : value,
  );
