import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  engagementActivitiesByIds,
  feedbackOfActivities,
  influencesOfActivities,
  participantsOfActivities,
} from '@concordat/read-models';
import { groupByKey, oneByKey } from '../graphql/loaders';
import type { RequestContext } from '../graphql/request-context';
import {
  toActivity,
  toFeedback,
  toInfluence,
  toParticipant,
  type EngagementActivityModel,
  type EngagementFeedbackModel,
  type EngagementInfluenceModel,
  type EngagementParticipantModel,
} from './engagement.model';
import {
  influenceTargetKeyOf,
  influencesOnTargets,
  type InfluenceTargetKey,
} from './influences-on-targets';

/**
 * The engagement feature's DataLoaders, one of each per request, so each level of a query costs
 * one SQL statement however many parents it has.
 */

export function activityLoader(
  context: RequestContext,
  reader: DataSource,
): DataLoader<string, EngagementActivityModel | null, string> {
  return context.loaders.get<string, EngagementActivityModel | null>(
    'engagement.activityById',
    async (ids) =>
      oneByKey(
        ids,
        (await engagementActivitiesByIds(reader, ids)).map(toActivity),
        (activity) => activity.id,
      ),
    String,
  );
}

export function participantsLoader(
  context: RequestContext,
  reader: DataSource,
): DataLoader<string, EngagementParticipantModel[], string> {
  return context.loaders.get<string, EngagementParticipantModel[]>(
    'engagement.participants',
    async (ids) =>
      groupByKey(
        ids,
        (await participantsOfActivities(reader, ids)).map(toParticipant),
        (participant) => participant.activityId,
      ),
    String,
  );
}

export function influencesOfActivityLoader(
  context: RequestContext,
  reader: DataSource,
): DataLoader<string, EngagementInfluenceModel[], string> {
  return context.loaders.get<string, EngagementInfluenceModel[]>(
    'engagement.influencesOfActivity',
    async (ids) =>
      groupByKey(
        ids,
        (await influencesOfActivities(reader, ids)).map(toInfluence),
        (influence) => influence.activityId,
      ),
    String,
  );
}

export function feedbackLoader(
  context: RequestContext,
  reader: DataSource,
): DataLoader<string, EngagementFeedbackModel[], string> {
  return context.loaders.get<string, EngagementFeedbackModel[]>(
    'engagement.feedback',
    async (ids) =>
      groupByKey(
        ids,
        (await feedbackOfActivities(reader, ids)).map(toFeedback),
        (feedback) => feedback.activityId,
      ),
    String,
  );
}

/** "How did communities shape this?" for many targets at once: local outcomes, indicators… */
export function influencesOnLoader(
  context: RequestContext,
  reader: DataSource,
): DataLoader<InfluenceTargetKey, EngagementInfluenceModel[], string> {
  return context.loaders.get<InfluenceTargetKey, EngagementInfluenceModel[]>(
    'engagement.influencesOn',
    async (targets) =>
      groupByKey(
        targets,
        (await influencesOnTargets(reader, targets)).map(toInfluence),
        (influence) => influenceTargetKeyOf(influence.target),
        influenceTargetKeyOf,
      ),
    influenceTargetKeyOf,
  );
}
