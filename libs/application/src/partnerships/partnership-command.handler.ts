import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '@concordat/command-handling';
import {
  partnershipDecider,
  partnershipStreamId,
  partnershipUpcasters,
  type PartnershipCommand,
  type PartnershipEvent,
  type PartnershipState,
} from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { FlagCommitmentsOfWithdrawnPartner } from '../commitments/flag-commitments-of-withdrawn-partner';
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
  protected override readonly upcasters = partnershipUpcasters;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly flagCommitments: FlagCommitmentsOfWithdrawnPartner,
  ) {
    super(store);
  }

  protected streamIdOf(command: PartnershipCommand): string {
    return partnershipStreamId(command.data.partnershipId);
  }

  protected readonly aggregateName = 'partnership';

  protected aggregateIdOf(command: PartnershipCommand): string {
    return command.data.partnershipId;
  }

  /** A withdrawn partner's open commitments go to the board, also when a retry replays it. */
  override async execute(message: PartnershipCommandMessage): Promise<CommandOutcome> {
    const outcome = await super.execute(message);
    if (message.command.type === 'WithdrawPartner') {
      const withdrawnAt = outcome.positions.at(-1);
      if (withdrawnAt !== undefined) await this.flagCommitments.flag(message.command, withdrawnAt);
    }
    return outcome;
  }
}
