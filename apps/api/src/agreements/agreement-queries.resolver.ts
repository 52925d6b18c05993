import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { AccessDenied } from '@concordat/access-control';
import { agreementById, agreementCursor, listAgreements } from '@concordat/read-models';
import { ensureAgreementVisible, ensureCanRead, visibleAgreements } from '../graphql/read-access';
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
  agreementLoader,
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
      "Agreements by the start of their period, then id, filtered by partnership and status: a member's partnerships' agreements, and to the public every agreed one.",
  })
  async agreements(
    @Args() args: AgreementsArgs,
    @Context() context: RequestContext,
  ): Promise<AgreementConnection> {
    ensureCanRead(context, 'public');
    const filter = { ...args, ...visibleAgreements(context.scope) };
    const page = await listAgreements(this.readModels, filter, args);
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
  async agreement(
    @Args() { id }: AgreementArgs,
    @Context() context: RequestContext,
  ): Promise<AgreementModel> {
    ensureCanRead(context, 'public');
    const record = await agreementById(this.readModels, id);
    return toAgreement(ensureAgreementVisible(context.scope, record, 'agreement', id));
  }

  @Query(() => IndicatorModel, {
    description: 'One indicator of an agreement, with how it stands; NOT_FOUND if none.',
  })
  async indicator(
    @Args() { agreementId, indicatorId }: IndicatorArgs,
    @Context() context: RequestContext,
  ): Promise<IndicatorModel> {
    ensureCanRead(context, 'public');
    const [agreement, indicator] = await Promise.all([
      agreementLoader(context, this.readModels).load(agreementId),
      indicatorLoader(context, this.readModels).load({ agreementId, indicatorId }),
    ]);
    // An indicator is as visible as its agreement: to the public, once agreed.
    const id = `${agreementId}/${indicatorId}`;
    ensureAgreementVisible(context.scope, agreement, 'indicator', id);
    if (!indicator) throw AccessDenied.notFound('indicator', id);
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
