import { Inject } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../graphql/request-context';
import { READ_MODELS } from '../read-models/read-models.module';
import { representativesLoader } from './partnership.loaders';
import {
  PartnerModel,
  RepresentativeModel,
  TermsArgs,
  toRepresentative,
} from './partnership.models';

@Resolver(() => PartnerModel)
export class PartnerResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => [RepresentativeModel], {
    description:
      "The partner's representatives, in order of appointment; serving ones only unless asked.",
  })
  async representatives(
    @Parent() partner: PartnerModel,
    @Args() { includePast }: TermsArgs,
    @Context() context: RequestContext,
  ): Promise<RepresentativeModel[]> {
    const views = await representativesLoader(context, this.readModels, includePast).load({
      partnershipId: partner.partnershipId,
      partnerId: partner.id,
    });
    return views.map(toRepresentative);
  }
}
