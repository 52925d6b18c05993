import { Context, Query, Resolver } from '@nestjs/graphql';
import { ensureCanRead } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { ProjectionLag } from './projection-lag';
import { ProjectionStatusModel } from './projection-status.model';
import { VolatileAnswer } from '../answer-cache/volatile-answer';

@Resolver(() => ProjectionStatusModel)
export class ProjectionStatusResolver {
  constructor(private readonly lag: ProjectionLag) {}

  @VolatileAnswer()
  @Query(() => [ProjectionStatusModel], {
    description: 'Status and lag of every read model, for members of any partnership.',
  })
  projections(@Context() context: RequestContext): Promise<ProjectionStatusModel[]> {
    ensureCanRead(context, 'members');
    return this.lag.statuses();
  }
}
