import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AgreementCommandHandler } from './agreements/agreement-command.handler';
import { CommitmentCommandHandler } from './commitments/commitment-command.handler';
import { FlagCommitmentsOfWithdrawnPartner } from './commitments/flag-commitments-of-withdrawn-partner';
import { DemoSeeder } from './demo/demo-seeder';
import { EngagementCommandHandler } from './engagement/engagement-command.handler';
import { FrameworkVersionCommandHandler } from './frameworks/framework-version-command.handler';
import { MeetingCommandHandler } from './meetings/meeting-command.handler';
import { IndicatorObservationCommandHandler } from './observations/indicator-observation-command.handler';
import { PartnershipCommandHandler } from './partnerships/partnership-command.handler';
import { aggregateCacheProvider } from './shared/aggregate-cache.provider';
import { AggregateLookup } from './shared/aggregate-lookup';

const commandHandlers = [
  FrameworkVersionCommandHandler,
  PartnershipCommandHandler,
  AgreementCommandHandler,
  IndicatorObservationCommandHandler,
  CommitmentCommandHandler,
  MeetingCommandHandler,
  EngagementCommandHandler,
];

/** Every domain command, reachable through the Nest command bus. */
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [
    aggregateCacheProvider,
    AggregateLookup,
    FlagCommitmentsOfWithdrawnPartner,
    DemoSeeder,
    ...commandHandlers,
  ],
  exports: [CqrsModule, DemoSeeder],
})
export class ApplicationModule {}
