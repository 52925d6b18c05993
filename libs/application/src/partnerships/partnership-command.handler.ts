import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { executeCommand, type CommandOutcome } from '@concordat/command-handling';
import { partnershipDecider, partnershipStreamId } from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { EVENT_STORE } from '../event-store.module';
import { PartnershipCommandMessage } from './partnership-command';

@CommandHandler(PartnershipCommandMessage)
export class PartnershipCommandHandler implements ICommandHandler<PartnershipCommandMessage> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ command, expectedRevision }: PartnershipCommandMessage): Promise<CommandOutcome> {
    return executeCommand(
      this.store,
      partnershipDecider,
      partnershipStreamId(command.data.partnershipId),
      command,
      { expectedRevision },
    );
  }
}
