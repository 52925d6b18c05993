import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import {
  engagementActivitiesByIds,
  engagementActivityCursor,
  influencesOn,
  listEngagementActivities,
} from '@concordat/read-models';
import { agreementLoader } from '../agreements/agreement-loaders';
import { AgreementModel } from '../agreements/agreement.model';
import {
  ensureCanRead,
  ensureVisible,
  keepVisible,
  pageOfPartnership,
  visibleOrNull,
} from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { READ_MODELS } from '../read-models/read-models.module';
import {
  EngagementActivitiesArgs,
  EngagementActivityArgs,
  InfluencesOnArgs,
} from './engagement.args';
import {
  EngagementActivityConnection,
  EngagementActivityModel,
  EngagementFeedbackModel,
  EngagementInfluenceModel,
  EngagementParticipantModel,
  toActivity,
  toInfluence,
} from './engagement.model';
import {
  activityLoader,
  feedbackLoader,
  influencesOfActivityLoader,
  participantsLoader,
} from './engagement-loaders';

/** The engagement queries, and an activity's participants, influences, feedback and agreement. */
@Resolver(() => EngagementActivityModel)
export class EngagementQueriesResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Query(() => EngagementActivityConnection, {
    description:
      "A partnership's engagement activities by the day they began, then id; optionally only those that informed one agreement.",
  })
  async engagementActivities(
    @Args() args: EngagementActivitiesArgs,
    @Context() context: RequestContext,
  ): Promise<EngagementActivityConnection> {
    ensureCanRead(context, 'members');
    const page = await pageOfPartnership(context.scope, args.partnershipId, () =>
      listEngagementActivities(this.readModels, args, args),
    );
    return {
      edges: page.items.map((record) => ({
        cursor: engagementActivityCursor(record),
        node: toActivity(record),
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => EngagementActivityModel, {
    description: 'One engagement activity; NOT_FOUND if none.',
  })
  async engagementActivity(
    @Args() { id }: EngagementActivityArgs,
    @Context() context: RequestContext,
  ): Promise<EngagementActivityModel> {
    ensureCanRead(context, 'members');
    const [record] = await engagementActivitiesByIds(this.readModels, [id]);
    return toActivity(ensureVisible(context.scope, record, 'engagement activity', id));
  }

  @Query(() => [EngagementInfluenceModel], {
    description:
      '"How did communities shape this?": every influence recorded on a local outcome, commitment, indicator or agreement section, in the order recorded (empty when none).',
  })
  async influencesOn(
    @Args() args: InfluencesOnArgs,
    @Context() context: RequestContext,
  ): Promise<EngagementInfluenceModel[]> {
    ensureCanRead(context, 'members');
    return keepVisible(context.scope, await influencesOn(this.readModels, args)).map(toInfluence);
  }

  @ResolveField(() => [EngagementParticipantModel], {
    description: 'The groups that took part, in the order listed.',
  })
  participants(
    @Parent() activity: EngagementActivityModel,
    @Context() context: RequestContext,
  ): Promise<EngagementParticipantModel[]> {
    return participantsLoader(context, this.readModels).load(activity.id);
  }

  @ResolveField(() => [EngagementInfluenceModel], {
    description: 'What it changed, in the order recorded.',
  })
  influences(
    @Parent() activity: EngagementActivityModel,
    @Context() context: RequestContext,
  ): Promise<EngagementInfluenceModel[]> {
    return influencesOfActivityLoader(context, this.readModels).load(activity.id);
  }

  @ResolveField(() => [EngagementFeedbackModel], {
    description: 'How people were told what came of it, in the order given.',
  })
  feedback(
    @Parent() activity: EngagementActivityModel,
    @Context() context: RequestContext,
  ): Promise<EngagementFeedbackModel[]> {
    return feedbackLoader(context, this.readModels).load(activity.id);
  }

  @ResolveField(() => AgreementModel, {
    nullable: true,
    description: 'The agreement it informed; null when none (or not yet in the read model).',
  })
  async agreement(
    @Parent() activity: EngagementActivityModel,
    @Context() context: RequestContext,
  ): Promise<AgreementModel | null> {
    if (activity.agreementId === null) return null;
    const agreement = await agreementLoader(context, this.readModels).load(activity.agreementId);
    return visibleOrNull(context.scope, agreement);
  }
}

@Resolver(() => EngagementInfluenceModel)
export class EngagementInfluenceResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => EngagementActivityModel, {
    nullable: true,
    description: 'The activity where what changed it was heard.',
  })
  async activity(
    @Parent() influence: EngagementInfluenceModel,
    @Context() context: RequestContext,
  ): Promise<EngagementActivityModel | null> {
    const activity = await activityLoader(context, this.readModels).load(influence.activityId);
    return visibleOrNull(context.scope, activity);
  }
}
