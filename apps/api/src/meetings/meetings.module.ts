import { Module } from '@nestjs/common';
import {
  DecisionActionOwnerResolver,
  DecisionResolver,
  DecisionSubjectResolver,
} from './decision.resolver';
import { MeetingMutationsResolver } from './meeting-mutations.resolver';
import { MeetingResolver } from './meeting.resolver';
import { PartnershipMeetingsResolver } from './partnership-meetings.resolver';

/** Board meetings, decisions and actions in GraphQL. */
@Module({
  providers: [
    MeetingMutationsResolver,
    MeetingResolver,
    DecisionResolver,
    DecisionSubjectResolver,
    DecisionActionOwnerResolver,
    PartnershipMeetingsResolver,
  ],
})
export class MeetingsModule {}
