import type { Decider } from '../decider';
import type { Command, DomainEvent } from '../messages';
import { RuleViolation } from '../rule-violation';

/**
 * Specifications that read as the rules they test:
 *   given([CommitmentProposed]).when(AcceptCommitment).then([CommitmentAccepted])
 *   given([...]).when(...).thenViolates('CommitmentCannotBeAcceptedTwice')
 */
export function specify<S, C extends Command, E extends DomainEvent, X>(
  decider: Decider<S, C, E, X>,
) {
  return {
    given(events: readonly E[], context?: X) {
      return {
        when(command: C) {
          const run = () => {
            let state = decider.initialState();
            for (const event of events) state = decider.evolve(state, event);
            return decider.decide(command, state, context as X);
          };
          return {
            then(expected: readonly E[]) {
              expect(run()).toEqual(expected);
            },
            thenViolates(rule: string) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(RuleViolation);
              expect((thrown as RuleViolation).rule).toBe(rule);
            },
          };
        },
      };
    },
  };
}
