import type { ICommandHandler } from '@nestjs/cqrs';
import { executeCommand, type CommandOutcome } from '@concordat/command-handling';
import type { EventStore } from '@concordat/event-store';
import type { Command, Decider, DomainEvent, Upcaster } from '@concordat/shared-kernel';
import type { DomainCommandMessage } from './domain-command-message';

/**
 * The thin handler every aggregate shares: which stream, which facts from elsewhere, then read,
 * decide and append (executeCommand). Subclasses only say what differs.
 */
export abstract class DeciderCommandHandler<
  S,
  C extends Command,
  E extends DomainEvent,
  X,
> implements ICommandHandler<DomainCommandMessage<C>, CommandOutcome> {
  protected abstract readonly decider: Decider<S, C, E, X>;
  protected readonly upcasters: readonly Upcaster[] = [];

  protected constructor(protected readonly store: EventStore) {}

  protected abstract streamIdOf(command: C): string;

  /** Facts from other aggregates the command's rules need; none by default. */
  protected context(_command: C, _state: S): Promise<X> {
    return Promise.resolve(undefined as X);
  }

  execute({ command, expectedRevision }: DomainCommandMessage<C>): Promise<CommandOutcome> {
    return executeCommand(this.store, this.decider, this.streamIdOf(command), command, {
      expectedRevision,
      upcasters: this.upcasters,
      context: (state) => this.context(command, state),
    });
  }
}
