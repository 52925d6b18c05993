import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MeetingCommandHandler } from './meetings/meeting-command.handler';
import { PartnershipCommandHandler } from './partnerships/partnership-command.handler';
import { AggregateLookup } from './shared/aggregate-lookup';

const commandHandlers = [PartnershipCommandHandler, MeetingCommandHandler];

/** Every domain command, reachable through the Nest command bus. */
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [AggregateLookup, ...commandHandlers],
  exports: [CqrsModule],
})
export class ApplicationModule {}
