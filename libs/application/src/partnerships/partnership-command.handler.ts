import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import {
  partnershipDecider,
  partnershipStreamId,
  type PartnershipCommand,
  type PartnershipEvent,
  type PartnershipState,
} from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { EVENT_STORE } from '../event-store.module';
import { DeciderCommandHandler } from '../shared/decider-command-handler';
import { PartnershipCommandMessage } from './partnership-command';

@CommandHandler(PartnershipCommandMessage)
export class PartnershipCommandHandler extends DeciderCommandHandler<
  PartnershipState,
  PartnershipCommand,
  PartnershipEvent,
  undefined
> {
  protected readonly decider = partnershipDecider;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store);
  }

  protected streamIdOf(command: PartnershipCommand): string {
    return partnershipStreamId(command.data.partnershipId);
  }
}
