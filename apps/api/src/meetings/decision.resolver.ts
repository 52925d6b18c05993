import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { encodeCursor, listDecisions } from '@concordat/read-models';
import { ApiError } from '../graphql/api-error';
import { toConnection } from '../graphql/pagination';
import { ensureCanRead, pageOfPartnership } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { partnerLoader } from '../partnerships/partnership.loaders';
import { PartnerModel, toPartner } from '../partnerships/partnership.models';
import { READ_MODELS } from '../read-models/read-models.module';
import { DecisionsArgs } from './meeting.args';
import { actionsLoader, meetingLoader, subjectsLoader } from './meeting.loaders';
import {
  DecisionActionModel,
  DecisionActionOwnerModel,
  DecisionConnection,
  DecisionModel,
  DecisionSubjectModel,
  MeetingModel,
  toDecision,
  toDecisionAction,
  toDecisionSubject,
  toMeeting,
} from './meeting.models';

/** Same key as the read model's keyset: by day, meeting, then decision id. */
const decisionCursor = (decision: DecisionModel): string =>
  encodeCursor([decision.decidedOn, decision.meetingId, decision.id]);

const keyOf = (decision: DecisionModel) => ({
  meetingId: decision.meetingId,
  decisionId: decision.id,
});

@Resolver(() => DecisionModel)
export class DecisionResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Query(() => DecisionConnection, {
    description:
      'A partnership\'s board decisions, oldest first: by kind, by subject, or within dates ("what did the board decide this year").',
  })
  async decisions(
    @Args() args: DecisionsArgs,
    @Context() context: RequestContext,
  ): Promise<DecisionConnection> {
    ensureCanRead(context, 'members');
    const { partnershipId, kind, subjectKind, subjectId, decidedFrom, decidedTo } = args;
    const page = await pageOfPartnership(context.scope, partnershipId, () =>
      listDecisions(
        this.readModels,
        { partnershipId, kind, subjectKind, subjectId, decidedFrom, decidedTo },
        args,
      ),
    );
    return toConnection({ ...page, items: page.items.map(toDecision) }, decisionCursor);
  }

  @ResolveField(() => [DecisionSubjectModel], {
    description: 'What the decision was about, in the order it named them.',
  })
  async subjects(
    @Parent() decision: DecisionModel,
    @Context() context: RequestContext,
  ): Promise<DecisionSubjectModel[]> {
    const views = await subjectsLoader(context, this.readModels).load(keyOf(decision));
    return views.map((view) => toDecisionSubject(view, decision.partnershipId));
  }

  @ResolveField(() => [DecisionActionModel], {
    description: 'The actions the decision assigned, by due date.',
  })
  async actions(
    @Parent() decision: DecisionModel,
    @Context() context: RequestContext,
  ): Promise<DecisionActionModel[]> {
    const views = await actionsLoader(context, this.readModels).load(keyOf(decision));
    return views.map(toDecisionAction);
  }

  @ResolveField(() => MeetingModel, { description: 'The meeting that took the decision.' })
  async meeting(
    @Parent() decision: DecisionModel,
    @Context() context: RequestContext,
  ): Promise<MeetingModel> {
    const view = await meetingLoader(context, this.readModels).load(decision.meetingId);
    if (!view) throw ApiError.notFound('meeting', decision.meetingId);
    return toMeeting(view);
  }
}

/** Resolves a partner named by id (a decision's subject, an action's owner) to the partner. */
async function partnerNamed(
  owner: { kind: string; id: string; partnershipId: string },
  source: DataSource,
  context: RequestContext,
): Promise<PartnerModel | null> {
  if (owner.kind !== 'partner') return null;
  const view = await partnerLoader(context, source).load({
    partnershipId: owner.partnershipId,
    partnerId: owner.id,
  });
  return view ? toPartner(view) : null;
}

@Resolver(() => DecisionSubjectModel)
export class DecisionSubjectResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The partner's organisation when the subject is a partner; null for other kinds of subject.",
  })
  async name(
    @Parent() subject: DecisionSubjectModel,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    return (await partnerNamed(subject, this.readModels, context))?.organisation ?? null;
  }

  @ResolveField(() => PartnerModel, {
    nullable: true,
    description: 'The partner, when the subject is one; null otherwise.',
  })
  partner(
    @Parent() subject: DecisionSubjectModel,
    @Context() context: RequestContext,
  ): Promise<PartnerModel | null> {
    return partnerNamed(subject, this.readModels, context);
  }
}

@Resolver(() => DecisionActionOwnerModel)
export class DecisionActionOwnerResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => String, {
    nullable: true,
    description: "The partner's organisation when the owner is a partner; null for a person.",
  })
  async name(
    @Parent() owner: DecisionActionOwnerModel,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    return (await partnerNamed(owner, this.readModels, context))?.organisation ?? null;
  }
}
