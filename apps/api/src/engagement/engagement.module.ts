import { Module } from '@nestjs/common';

/** Community engagement in GraphQL. */
@Module({ providers: [] })
export class EngagementModule {}
