import { Module } from '@nestjs/common';

/** Board meetings, decisions and actions in GraphQL. */
@Module({ providers: [] })
export class MeetingsModule {}
