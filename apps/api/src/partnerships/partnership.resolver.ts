import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { encodeCursor, listPartnerships, partnershipById } from '@concordat/read-models';
import { toConnection } from '../graphql/pagination';
import { ensureCanRead, ensureVisible, visiblePartnershipIds } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { READ_MODELS } from '../read-models/read-models.module';
import { boardLoader, partnerLoader, partnersLoader } from './partnership.loaders';
import {
  BoardSeatModel,
  PartnerModel,
  PartnersArgs,
  PartnershipArgs,
  PartnershipConnection,
  PartnershipModel,
  PartnershipsArgs,
  TermsArgs,
  toBoardSeat,
  toPartner,
  toPartnership,
} from './partnership.models';

/** Same key as the read model's keyset: by name, then id. */
const partnershipCursor = (partnership: PartnershipModel): string =>
  encodeCursor([partnership.name, partnership.id]);

@Resolver(() => PartnershipModel)
export class PartnershipResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Query(() => PartnershipConnection, {
    description: 'Every partnership the caller is a member of (every one for auditors), by name.',
  })
  async partnerships(
    @Args() args: PartnershipsArgs,
    @Context() context: RequestContext,
  ): Promise<PartnershipConnection> {
    ensureCanRead(context, 'members');
    const page = await listPartnerships(this.readModels, args, {
      partnershipIds: visiblePartnershipIds(context.scope),
    });
    return toConnection({ ...page, items: page.items.map(toPartnership) }, partnershipCursor);
  }

  @Query(() => PartnershipModel, {
    description: 'One partnership; NOT_FOUND when there is none with this id.',
  })
  async partnership(
    @Args() { id }: PartnershipArgs,
    @Context() context: RequestContext,
  ): Promise<PartnershipModel> {
    ensureCanRead(context, 'members');
    const view = await partnershipById(this.readModels, id);
    return toPartnership(ensureVisible(context.scope, view, 'partnership', id));
  }

  @ResolveField(() => [PartnerModel], {
    description: 'Its partners in order of admission, current and withdrawn unless filtered.',
  })
  async partners(
    @Parent() partnership: PartnershipModel,
    @Args() { status }: PartnersArgs,
    @Context() context: RequestContext,
  ): Promise<PartnerModel[]> {
    const views = await partnersLoader(context, this.readModels, status).load(partnership.id);
    return views.map(toPartner);
  }

  @ResolveField(() => [BoardSeatModel], {
    description: 'Its board: the chair first, then members in order of appointment.',
  })
  async board(
    @Parent() partnership: PartnershipModel,
    @Args() { includePast }: TermsArgs,
    @Context() context: RequestContext,
  ): Promise<BoardSeatModel[]> {
    const views = await boardLoader(context, this.readModels, includePast).load(partnership.id);
    return views.map(toBoardSeat);
  }
}

@Resolver(() => BoardSeatModel)
export class BoardSeatResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => PartnerModel, {
    nullable: true,
    description: 'The partner the member sits for; null when none.',
  })
  async partner(
    @Parent() seat: BoardSeatModel,
    @Context() context: RequestContext,
  ): Promise<PartnerModel | null> {
    if (seat.partnerId === null) return null;
    const view = await partnerLoader(context, this.readModels).load({
      partnershipId: seat.partnershipId,
      partnerId: seat.partnerId,
    });
    return view ? toPartner(view) : null;
  }
}
