import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import {
  indicatorObservationsContextFrom,
  indicatorObservationsDecider,
  indicatorObservationsStreamId,
  type IndicatorObservationCommand,
  type IndicatorObservationEvent,
  type IndicatorObservationsContext,
  type IndicatorObservationsState,
} from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { EVENT_STORE } from '../event-store.module';
import { AggregateLookup } from '../shared/aggregate-lookup';
import { DeciderCommandHandler } from '../shared/decider-command-handler';
import { IndicatorObservationCommandMessage } from './indicator-observation-command';

@CommandHandler(IndicatorObservationCommandMessage)
export class IndicatorObservationCommandHandler extends DeciderCommandHandler<
  IndicatorObservationsState,
  IndicatorObservationCommand,
  IndicatorObservationEvent,
  IndicatorObservationsContext
> {
  protected readonly decider = indicatorObservationsDecider;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly lookup: AggregateLookup,
  ) {
    super(store);
  }

  protected streamIdOf(command: IndicatorObservationCommand): string {
    return indicatorObservationsStreamId(command.data.agreementId, command.data.indicatorId);
  }

  protected readonly aggregateName = 'indicator';

  protected aggregateIdOf(command: IndicatorObservationCommand): string {
    return command.data.indicatorId;
  }

  protected override async context(
    command: IndicatorObservationCommand,
  ): Promise<IndicatorObservationsContext> {
    const agreement = await this.lookup.agreement(
      command.data.agreementId,
      command.data.partnershipId,
    );
    return indicatorObservationsContextFrom(agreement, command.data.indicatorId);
  }
}
