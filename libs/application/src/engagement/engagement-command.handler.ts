import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import {
  engagementDecider,
  engagementStreamId,
  type EngagementCommand,
  type EngagementContext,
  type EngagementEvent,
  type EngagementState,
  type RecordEngagementInfluence,
} from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { EVENT_STORE } from '../event-store.module';
import { AggregateLookup } from '../shared/aggregate-lookup';
import { DeciderCommandHandler } from '../shared/decider-command-handler';
import { EngagementCommandMessage } from './engagement-command';

@CommandHandler(EngagementCommandMessage)
export class EngagementCommandHandler extends DeciderCommandHandler<
  EngagementState,
  EngagementCommand,
  EngagementEvent,
  EngagementContext | undefined
> {
  protected readonly decider = engagementDecider;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly lookup: AggregateLookup,
  ) {
    super(store);
  }

  protected streamIdOf(command: EngagementCommand): string {
    return engagementStreamId(command.data.activityId);
  }

  protected readonly aggregateName = 'engagement activity';

  protected aggregateIdOf(command: EngagementCommand): string {
    return command.data.activityId;
  }

  protected override async context(
    command: EngagementCommand,
  ): Promise<EngagementContext | undefined> {
    if (command.type !== 'RecordEngagementInfluence') return undefined;
    return {
      targetExists: await this.targetExists(command.data.target, command.data.partnershipId),
    };
  }

  /** Influence must point at something the partnership really has. */
  private async targetExists(
    target: RecordEngagementInfluence['data']['target'],
    partnershipId: string,
  ) {
    if (target.kind === 'commitment') {
      const commitment = await this.lookup.commitment(target.id, partnershipId);
      return commitment.status !== 'none';
    }
    const agreement = await this.lookup.agreement(target.agreementId, partnershipId);
    if (agreement.status === 'none') return false;
    switch (target.kind) {
      case 'local_outcome':
        return agreement.localOutcomes.has(target.id);
      case 'indicator':
        return agreement.indicators.has(target.id);
      case 'agreement_section':
        return agreement.sections.has(target.id);
      default:
        return false;
    }
  }
}
