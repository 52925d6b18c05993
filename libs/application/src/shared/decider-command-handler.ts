import { Inject } from '@nestjs/common';
import type { ICommandHandler } from '@nestjs/cqrs';
import {
  authorizeCommand,
  authorizeRole,
  ensureBelongsToPartnership,
  type CommandFacts,
  type ConcordatCommand,
} from '@concordat/access-control';
import { AggregateCache, executeCommand, type CommandOutcome } from '@concordat/command-handling';
import type { EventStore } from '@concordat/event-store';
import type { Command, Decider, DomainEvent, Upcaster } from '@concordat/shared-kernel';
import type { DomainCommandMessage } from './domain-command-message';
import { partnershipOwning } from './partnership-owning';

/**
 * The thin handler every aggregate shares: which stream, which facts from elsewhere, then
 * authorize, read, decide and append (executeCommand). Subclasses only say what differs.
 */
export abstract class DeciderCommandHandler<
  S,
  C extends ConcordatCommand & Command,
  E extends DomainEvent,
  X,
> implements ICommandHandler<DomainCommandMessage<C>, CommandOutcome> {
  protected abstract readonly decider: Decider<S, C, E, X>;
  protected readonly upcasters: readonly Upcaster[] = [];
  /** What the stream holds, as an error names it ('commitment', 'agreement'...). */
  protected abstract readonly aggregateName: string;

  /** Injected by property, so that no subclass has to pass it on. */
  @Inject(AggregateCache) protected readonly cache!: AggregateCache;

  protected constructor(protected readonly store: EventStore) {}

  protected abstract streamIdOf(command: C): string;

  /** The id the stream is known by, for a NOT_FOUND that names it. */
  protected abstract aggregateIdOf(command: C): string;

  /** Facts from other aggregates the command's rules need; none by default. */
  protected context(_command: C, _state: S): Promise<X> {
    return Promise.resolve(undefined as X);
  }

  /** Facts about the target that permissions depend on; none by default. */
  protected facts(_command: C, _state: S): CommandFacts {
    return {};
  }

  execute({
    command,
    principal,
    expectedRevision,
  }: DomainCommandMessage<C>): Promise<CommandOutcome> {
    if (principal.kind !== 'system' && command.metadata.actor !== principal.actor) {
      // The recorded actor must be the verified one; a mismatch is a bug in the caller.
      throw new Error(`command actor ${command.metadata.actor} is not ${principal.actor}`);
    }
    // Checked before anything is read, so a role that may never send this learns nothing more.
    authorizeRole(principal, command);
    return executeCommand(this.store, this.decider, this.streamIdOf(command), command, {
      expectedRevision,
      upcasters: this.upcasters,
      cache: this.cache,
      context: (state) => {
        const owner = partnershipOwning(state);
        ensureBelongsToPartnership(command, owner, this.aggregateName, this.aggregateIdOf(command));
        authorizeCommand(principal, command, this.facts(command, state));
        return this.context(command, state);
      },
    });
  }
}
