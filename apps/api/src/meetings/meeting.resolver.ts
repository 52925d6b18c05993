import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { encodeCursor, listMeetings, meetingById } from '@concordat/read-models';
import { toConnection } from '../graphql/pagination';
import { ensureCanRead, ensureVisible, pageOfPartnership } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { partnershipLoader } from '../partnerships/partnership.loaders';
import { PartnershipModel, toPartnership } from '../partnerships/partnership.models';
import { READ_MODELS } from '../read-models/read-models.module';
import { MeetingArgs, MeetingsArgs } from './meeting.args';
import { decisionsOfMeetingLoader } from './meeting.loaders';
import {
  DecisionModel,
  MeetingConnection,
  MeetingModel,
  toDecision,
  toMeeting,
} from './meeting.models';

/** Same key as the read model's keyset: by date, then id. */
const meetingCursor = (meeting: MeetingModel): string => encodeCursor([meeting.date, meeting.id]);

@Resolver(() => MeetingModel)
export class MeetingResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Query(() => MeetingModel, {
    description: 'One board meeting; NOT_FOUND when there is none with this id.',
  })
  async meeting(
    @Args() { id }: MeetingArgs,
    @Context() context: RequestContext,
  ): Promise<MeetingModel> {
    ensureCanRead(context, 'members');
    const view = await meetingById(this.readModels, id);
    return toMeeting(ensureVisible(context.scope, view, 'meeting', id));
  }

  @Query(() => MeetingConnection, {
    description: "A partnership's board meetings, oldest first, optionally within dates.",
  })
  async meetings(
    @Args() args: MeetingsArgs,
    @Context() context: RequestContext,
  ): Promise<MeetingConnection> {
    ensureCanRead(context, 'members');
    const { partnershipId, from, to } = args;
    const page = await pageOfPartnership(context.scope, partnershipId, () =>
      listMeetings(this.readModels, { partnershipId, from, to }, args),
    );
    return toConnection({ ...page, items: page.items.map(toMeeting) }, meetingCursor);
  }

  @ResolveField(() => [DecisionModel], {
    description: 'The decisions taken at the meeting, in the order they were recorded.',
  })
  async decisions(
    @Parent() meeting: MeetingModel,
    @Context() context: RequestContext,
  ): Promise<DecisionModel[]> {
    const views = await decisionsOfMeetingLoader(context, this.readModels).load(meeting.id);
    return views.map(toDecision);
  }

  @ResolveField(() => PartnershipModel, {
    nullable: true,
    description:
      'The partnership whose board met; null only while the partnerships read model catches up with the meetings one.',
  })
  async partnership(
    @Parent() meeting: MeetingModel,
    @Context() context: RequestContext,
  ): Promise<PartnershipModel | null> {
    const view = await partnershipLoader(context, this.readModels).load(meeting.partnershipId);
    return view ? toPartnership(view) : null;
  }
}
