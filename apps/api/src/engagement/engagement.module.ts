import { Module } from '@nestjs/common';
import { EngagementMutationsResolver } from './engagement-mutations.resolver';
import {
  EngagementInfluenceResolver,
  EngagementQueriesResolver,
} from './engagement-queries.resolver';

/** Community engagement in GraphQL. */
@Module({
  providers: [EngagementMutationsResolver, EngagementQueriesResolver, EngagementInfluenceResolver],
})
export class EngagementModule {}
