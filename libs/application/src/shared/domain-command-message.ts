import { Command } from '@nestjs/cqrs';
import type { Principal } from '@concordat/access-control';
import type { CommandOutcome } from '@concordat/command-handling';
import type { Command as DomainCommand } from '@concordat/shared-kernel';

/**
 * A domain command on the Nest command bus, with who sends it: the handler authorizes it there,
 * whatever path it came by. Each aggregate has its own subclass, because the bus routes by class:
 * that is all the subclasses are for.
 */
export abstract class DomainCommandMessage<
  C extends DomainCommand,
> extends Command<CommandOutcome> {
  constructor(
    readonly command: C,
    readonly principal: Principal,
    /** The stream revision the caller last read; when given, a conflict is not retried. */
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
