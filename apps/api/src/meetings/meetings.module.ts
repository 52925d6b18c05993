import { Module } from '@nestjs/common';
import { MeetingMutationsResolver } from './meeting-mutations.resolver';

/** Board meetings, decisions and actions in GraphQL. */
@Module({ providers: [MeetingMutationsResolver] })
export class MeetingsModule {}
