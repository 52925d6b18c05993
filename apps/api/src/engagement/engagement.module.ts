import { Module } from '@nestjs/common';
import { EngagementMutationsResolver } from './engagement-mutations.resolver';

/** Community engagement in GraphQL. */
@Module({ providers: [EngagementMutationsResolver] })
export class EngagementModule {}
