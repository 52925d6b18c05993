import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '@concordat/command-handling';
import type { PartnershipCommand } from '@concordat/domain';

/** Carries a partnership command over the Nest command bus. */
export class PartnershipCommandMessage extends Command<CommandOutcome> {
  constructor(
    readonly command: PartnershipCommand,
    readonly expectedRevision?: bigint,
  ) {
    super();
  }
}
