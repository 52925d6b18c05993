import { Inject } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../graphql/request-context';
import { PartnershipModel } from '../partnerships/partnership.models';
import { READ_MODELS } from '../read-models/read-models.module';
import { DecisionFilterArgs, MeetingRangeArgs, OverdueActionsArgs, today } from './meeting.args';
import {
  decisionsOfPartnershipLoader,
  meetingsOfPartnershipLoader,
  overdueActionsLoader,
} from './meeting.loaders';
import {
  DecisionActionModel,
  DecisionModel,
  MeetingModel,
  toDecision,
  toDecisionAction,
  toMeeting,
} from './meeting.models';

/** A partnership's board meetings, decisions and overdue actions, batched across partnerships. */
@Resolver(() => PartnershipModel)
export class PartnershipMeetingsResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => [MeetingModel], {
    description: "The board's meetings, oldest first, optionally within dates.",
  })
  async meetings(
    @Parent() partnership: PartnershipModel,
    @Args() { from, to }: MeetingRangeArgs,
    @Context() context: RequestContext,
  ): Promise<MeetingModel[]> {
    const loader = meetingsOfPartnershipLoader(context, this.readModels, from ?? null, to ?? null);
    return (await loader.load(partnership.id)).map(toMeeting);
  }

  @ResolveField(() => [DecisionModel], {
    description:
      'What the board decided, oldest first, optionally by kind and within dates ("what did the board decide this year").',
  })
  async decisions(
    @Parent() partnership: PartnershipModel,
    @Args() { kind, decidedFrom, decidedTo }: DecisionFilterArgs,
    @Context() context: RequestContext,
  ): Promise<DecisionModel[]> {
    const loader = decisionsOfPartnershipLoader(context, this.readModels, {
      kind: kind ?? null,
      decidedFrom: decidedFrom ?? null,
      decidedTo: decidedTo ?? null,
    });
    return (await loader.load(partnership.id)).map(toDecision);
  }

  @ResolveField(() => [DecisionActionModel], {
    description:
      'Actions the board assigned that were overdue on asOf: assigned by then, due before it, not completed by it. By due date.',
  })
  async overdueActions(
    @Parent() partnership: PartnershipModel,
    @Args() { asOf }: OverdueActionsArgs,
    @Context() context: RequestContext,
  ): Promise<DecisionActionModel[]> {
    const loader = overdueActionsLoader(context, this.readModels, asOf ?? today());
    return (await loader.load(partnership.id)).map(toDecisionAction);
  }
}
