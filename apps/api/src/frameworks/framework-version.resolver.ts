import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import {
  encodeCursor,
  frameworkVersionById,
  listFrameworkVersions,
  type FrameworkIndicatorList,
} from '@concordat/read-models';
import { ApiError } from '../graphql/api-error';
import { toConnection } from '../graphql/pagination';
import { ensureCanRead } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { READ_MODELS } from '../read-models/read-models.module';
import {
  indicatorsLoader,
  nationalOutcomesLoader,
  strategicObjectivesLoader,
} from './framework-version.loaders';
import {
  FrameworkIndicatorModel,
  FrameworkVersionArgs,
  FrameworkVersionConnection,
  FrameworkVersionModel,
  FrameworkVersionsArgs,
  NationalOutcomeModel,
  StrategicObjectiveModel,
  toFrameworkIndicator,
  toFrameworkVersion,
  toNationalOutcome,
  toStrategicObjective,
} from './framework-version.models';

/** Same key as the read model's keyset: by publication date, then id. */
const frameworkVersionCursor = (version: FrameworkVersionModel): string =>
  encodeCursor([version.publishedOn, version.id]);

@Resolver(() => FrameworkVersionModel)
export class FrameworkVersionResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Query(() => FrameworkVersionConnection, {
    description: 'Every version of the national framework, oldest first.',
  })
  async frameworkVersions(
    @Args() args: FrameworkVersionsArgs,
    @Context() context: RequestContext,
  ): Promise<FrameworkVersionConnection> {
    // The national framework is every member's, whatever their partnership.
    ensureCanRead(context, 'members');
    const page = await listFrameworkVersions(this.readModels, args);
    return toConnection(
      { ...page, items: page.items.map(toFrameworkVersion) },
      frameworkVersionCursor,
    );
  }

  @Query(() => FrameworkVersionModel, {
    description: 'One framework version; NOT_FOUND when there is none with this id.',
  })
  async frameworkVersion(
    @Args() { id }: FrameworkVersionArgs,
    @Context() context: RequestContext,
  ): Promise<FrameworkVersionModel> {
    ensureCanRead(context, 'members');
    const view = await frameworkVersionById(this.readModels, id);
    if (!view) throw ApiError.notFound('framework version', id);
    return toFrameworkVersion(view);
  }

  @ResolveField(() => [StrategicObjectiveModel], { description: 'In published order.' })
  async strategicObjectives(
    @Parent() version: FrameworkVersionModel,
    @Context() context: RequestContext,
  ): Promise<StrategicObjectiveModel[]> {
    const views = await strategicObjectivesLoader(context, this.readModels).load(version.id);
    return views.map(toStrategicObjective);
  }

  @ResolveField(() => [NationalOutcomeModel], { description: 'By number.' })
  async nationalOutcomes(
    @Parent() version: FrameworkVersionModel,
    @Context() context: RequestContext,
  ): Promise<NationalOutcomeModel[]> {
    const views = await nationalOutcomesLoader(context, this.readModels).load(version.id);
    return views.map(toNationalOutcome);
  }

  @ResolveField(() => [FrameworkIndicatorModel], {
    description: 'The national indicators, in published order.',
  })
  nationalIndicators(
    @Parent() version: FrameworkVersionModel,
    @Context() context: RequestContext,
  ): Promise<FrameworkIndicatorModel[]> {
    return this.indicators(version, 'national', context);
  }

  @ResolveField(() => [FrameworkIndicatorModel], {
    description: 'The national menu of local indicators agreements may choose from, in order.',
  })
  localIndicatorMenu(
    @Parent() version: FrameworkVersionModel,
    @Context() context: RequestContext,
  ): Promise<FrameworkIndicatorModel[]> {
    return this.indicators(version, 'local_menu', context);
  }

  private async indicators(
    version: FrameworkVersionModel,
    list: FrameworkIndicatorList,
    context: RequestContext,
  ): Promise<FrameworkIndicatorModel[]> {
    const views = await indicatorsLoader(context, this.readModels).load(version.id);
    return views.filter((view) => view.list === list).map(toFrameworkIndicator);
  }
}
