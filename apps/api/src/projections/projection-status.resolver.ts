import { Query, Resolver } from '@nestjs/graphql';
import { ProjectionLag } from './projection-lag';
import { ProjectionStatusModel } from './projection-status.model';

@Resolver(() => ProjectionStatusModel)
export class ProjectionStatusResolver {
  constructor(private readonly lag: ProjectionLag) {}

  @Query(() => [ProjectionStatusModel], { description: 'Status and lag of every read model.' })
  projections(): Promise<ProjectionStatusModel[]> {
    return this.lag.statuses();
  }
}
