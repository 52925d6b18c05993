import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import type {
  EngagementActivityRecord,
  EngagementFeedbackRecord,
  EngagementInfluenceRecord,
  EngagementParticipantRecord,
} from '@concordat/read-models';
import { ConnectionOf } from '../graphql/pagination';

@ObjectType('EngagementActivity', {
  description:
    'A community engagement activity: how the partnership involved communities and the third sector, who took part, what it changed, and how people were told.',
})
export class EngagementActivityModel {
  @Field()
  id!: string;

  @Field()
  partnershipId!: string;

  @Field(() => String, { nullable: true, description: 'The agreement it informed, if any.' })
  agreementId!: string | null;

  @Field({ description: 'The first day it was held (YYYY-MM-DD).' })
  heldFrom!: string;

  @Field({ description: 'The last day it was held (YYYY-MM-DD); heldFrom for a single day.' })
  heldTo!: string;

  @Field({
    description:
      'public_meeting, survey, workshop, focus_group, online_consultation, community_council or other.',
  })
  method!: string;

  @Field(() => Int, { nullable: true, description: 'How many people it reached, when known.' })
  peopleReached!: number | null;

  @Field()
  summary!: string;

  @Field(() => Int, { description: 'How many groups took part (the length of participants).' })
  participantCount!: number;

  @Field(() => Int, { description: 'How many influences it has had recorded.' })
  influenceCount!: number;

  @Field(() => Int, { description: 'How many times feedback was given.' })
  feedbackCount!: number;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;
}

@ObjectType()
export class EngagementActivityConnection extends ConnectionOf(
  EngagementActivityModel,
  'EngagementActivity',
) {}

@ObjectType('EngagementParticipant', {
  description: 'A community body or group that took part in an activity.',
})
export class EngagementParticipantModel {
  @Field()
  activityId!: string;

  @Field(() => Int, { description: 'Its place in the list of participants, from 0.' })
  ordinal!: number;

  @Field()
  name!: string;

  @Field({
    description: 'community_body, third_sector, community_council, equalities_group or other.',
  })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Set when the body is also a partner of the partnership.',
  })
  partnerId!: string | null;

  @Field({ description: 'Whether it represents disadvantaged people (as later law asks).' })
  representsDisadvantagedPeople!: boolean;
}

@ObjectType('EngagementInfluenceTarget', {
  description: 'What an influence changed: a local outcome, commitment, indicator or section.',
})
export class EngagementInfluenceTargetModel {
  @Field({ description: 'local_outcome, commitment, indicator or agreement_section.' })
  kind!: string;

  @Field({
    description: 'The outcome, commitment or indicator id; for a section, its national outcome id.',
  })
  id!: string;

  @Field({ description: 'The agreement it belongs to.' })
  agreementId!: string;
}

@ObjectType('EngagementInfluence', {
  description: 'How what was heard at an activity changed something in an agreement.',
})
export class EngagementInfluenceModel {
  @Field({ description: 'Unique within its activity.' })
  id!: string;

  @Field()
  activityId!: string;

  @Field()
  partnershipId!: string;

  @Field(() => EngagementInfluenceTargetModel)
  target!: EngagementInfluenceTargetModel;

  @Field()
  whatChanged!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field({ description: 'Global position of the event that recorded it (a decimal string).' })
  recordedPosition!: string;
}

@ObjectType('EngagementFeedback', {
  description: 'How the partnership reported back to those it heard from ("you said, we did").',
})
export class EngagementFeedbackModel {
  @Field()
  activityId!: string;

  @Field({ description: "The event's revision in the activity's stream (a decimal string)." })
  revision!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  givenOn!: string;

  @Field({
    description: 'meeting, letter, email, website, newsletter, social_media, report or other.',
  })
  channel!: string;

  @Field()
  text!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;
}

// ---- from read-model records ----

export function toActivity(record: EngagementActivityRecord): EngagementActivityModel {
  return {
    id: record.activityId,
    partnershipId: record.partnershipId,
    agreementId: record.agreementId,
    heldFrom: record.heldFrom,
    heldTo: record.heldTo,
    method: record.method,
    peopleReached: record.peopleReached,
    summary: record.summary,
    participantCount: record.participantCount,
    influenceCount: record.influenceCount,
    feedbackCount: record.feedbackCount,
    recordedAt: record.recordedAt,
  };
}

export function toParticipant(record: EngagementParticipantRecord): EngagementParticipantModel {
  return {
    activityId: record.activityId,
    ordinal: record.ordinal,
    name: record.name,
    kind: record.kind,
    partnerId: record.partnerId,
    representsDisadvantagedPeople: record.representsDisadvantagedPeople,
  };
}

export function toInfluence(record: EngagementInfluenceRecord): EngagementInfluenceModel {
  return {
    id: record.influenceId,
    activityId: record.activityId,
    partnershipId: record.partnershipId,
    target: { kind: record.targetKind, id: record.targetId, agreementId: record.targetAgreementId },
    whatChanged: record.whatChanged,
    recordedAt: record.recordedAt,
    recordedPosition: record.recordedPosition,
  };
}

export function toFeedback(record: EngagementFeedbackRecord): EngagementFeedbackModel {
  return {
    activityId: record.activityId,
    revision: record.revision,
    givenOn: record.givenOn,
    channel: record.channel,
    text: record.text,
    recordedAt: record.recordedAt,
  };
}
