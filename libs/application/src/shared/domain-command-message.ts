import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '@concordat/command-handling';
import type { Command as DomainCommand } from '@concordat/shared-kernel';

/**
 * A domain command on the Nest command bus. Each aggregate has its own subclass, because the bus
 * routes by class: that is all the subclasses are for.
 */
export abstract class DomainCommandMessage<
  C extends DomainCommand,
> extends Command<CommandOutcome> {
  constructor(
    readonly command: C,
    /** The stream revision the caller last read; when given, a conflict is not retried. */
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
