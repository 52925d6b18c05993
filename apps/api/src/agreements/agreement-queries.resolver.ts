import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { agreementById, agreementCursor, listAgreements } from '@concordat/read-models';
import { ApiError } from '../graphql/api-error';
import type { RequestContext } from '../graphql/request-context';
import { READ_MODELS } from '../read-models/read-models.module';
import { AgreementArgs, AgreementsArgs, IndicatorArgs } from './agreement.args';
import {
  AgreementAmendmentModel,
  AgreementConnection,
  AgreementModel,
  AgreementSectionModel,
  IndicatorModel,
  LocalOutcomeModel,
  toAgreement,
} from './agreement.model';
import {
  amendmentsLoader,
  indicatorLoader,
  localOutcomesLoader,
  sectionsLoader,
} from './agreement-loaders';

/** The agreement queries, and an agreement's sections, local outcomes and amendments. */
@Resolver(() => AgreementModel)
export class AgreementQueriesResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Query(() => AgreementConnection, {
    description:
      'Agreements by the start of their period, then id, filtered by partnership and status.',
  })
  async agreements(@Args() args: AgreementsArgs): Promise<AgreementConnection> {
    const page = await listAgreements(this.readModels, args, args);
    return {
      edges: page.items.map((record) => ({
        cursor: agreementCursor(record),
        node: toAgreement(record),
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => AgreementModel, {
    description: 'One agreement as it now stands; NOT_FOUND if none.',
  })
  async agreement(@Args() { id }: AgreementArgs): Promise<AgreementModel> {
    const record = await agreementById(this.readModels, id);
    if (!record) throw ApiError.notFound('agreement', id);
    return toAgreement(record);
  }

  @Query(() => IndicatorModel, {
    description: 'One indicator of an agreement, with how it stands; NOT_FOUND if none.',
  })
  async indicator(
    @Args() { agreementId, indicatorId }: IndicatorArgs,
    @Context() context: RequestContext,
  ): Promise<IndicatorModel> {
    const indicator = await indicatorLoader(context, this.readModels).load({
      agreementId,
      indicatorId,
    });
    if (!indicator) throw ApiError.notFound('indicator', `${agreementId}/${indicatorId}`);
    return indicator;
  }

  @ResolveField(() => [AgreementSectionModel], {
    description: "A section for each national outcome of the agreement's framework, in its order.",
  })
  sections(
    @Parent() agreement: AgreementModel,
    @Context() context: RequestContext,
  ): Promise<AgreementSectionModel[]> {
    return sectionsLoader(context, this.readModels).load(agreement.id);
  }

  @ResolveField(() => [LocalOutcomeModel], {
    description: 'Every local outcome, retired ones too, in the order they were added.',
  })
  localOutcomes(
    @Parent() agreement: AgreementModel,
    @Context() context: RequestContext,
  ): Promise<LocalOutcomeModel[]> {
    return localOutcomesLoader(context, this.readModels).load(agreement.id);
  }

  @ResolveField(() => [AgreementAmendmentModel], {
    description: 'Its numbered amendments since it was agreed, in order, each with its decision.',
  })
  amendments(
    @Parent() agreement: AgreementModel,
    @Context() context: RequestContext,
  ): Promise<AgreementAmendmentModel[]> {
    return amendmentsLoader(context, this.readModels).load(agreement.id);
  }
}
