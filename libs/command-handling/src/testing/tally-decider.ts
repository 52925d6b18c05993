import type { Command, Decider, DomainEvent } from '@concordat/shared-kernel';

/** A decider small enough to reason about in tests: it keeps every value added, in order. */
export interface Tally {
  readonly values: readonly number[];
}

export type Add = Command<'Add', { value: number }>;
export type Added = DomainEvent<'Added', { value: number }, 1>;

export const tallyDecider: Decider<Tally, Add, Added, undefined> = {
  initialState: () => ({ values: [] }),
  evolve: (state, event) => ({ values: [...state.values, event.data.value] }),
  decide: (command) => [{ type: 'Added', schemaVersion: 1, data: { value: command.data.value } }],
};

/** Another fold of the same events, to show two deciders over one stream keep apart. */
export const sumDecider: Pick<Decider<number, never, Added, unknown>, 'initialState' | 'evolve'> = {
  initialState: () => 0,
  evolve: (sum, event) => sum + event.data.value,
};

export function anAdd(value: number, commandId: string): Add {
  return {
    type: 'Add',
    data: { value },
    metadata: {
      actor: 'user:test-officer',
      commandId,
      correlationId: commandId,
      causationId: null,
      issuedAt: '2013-04-01T09:00:00.000Z',
    },
  };
}
