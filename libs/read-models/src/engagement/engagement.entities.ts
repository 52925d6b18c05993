import { Column, Entity, PrimaryColumn, type ValueTransformer } from 'typeorm';

/** bigint arrives as text from `pg` and as a number from PGlite: read it as text from both. */
const bigintAsText: ValueTransformer = {
  from: (value: string | number | bigint | null | undefined) =>
    value === null || value === undefined ? value : String(value),
  to: (value: string | null | undefined) => value,
};

/** One community engagement activity (written by engagementProjection). */
@Entity({ schema: 'rm_engagement', name: 'activities' })
export class EngagementActivityRecord {
  @PrimaryColumn({ name: 'activity_id', type: 'text' })
  activityId!: string;

  @Column({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  /** The agreement it informed, if any. */
  @Column({ name: 'agreement_id', type: 'text', nullable: true })
  agreementId!: string | null;

  @Column({ name: 'held_from', type: 'date' })
  heldFrom!: string;

  @Column({ name: 'held_to', type: 'date' })
  heldTo!: string;

  /** public_meeting, survey, workshop, focus_group, online_consultation, community_council, other. */
  @Column({ type: 'text' })
  method!: string;

  @Column({ name: 'people_reached', type: 'integer', nullable: true })
  peopleReached!: number | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'participant_count', type: 'integer' })
  participantCount!: number;

  @Column({ name: 'influence_count', type: 'integer' })
  influenceCount!: number;

  @Column({ name: 'feedback_count', type: 'integer' })
  feedbackCount!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** A community body or group that took part in an activity, in the order listed. */
@Entity({ schema: 'rm_engagement', name: 'participants' })
export class EngagementParticipantRecord {
  @PrimaryColumn({ name: 'activity_id', type: 'text' })
  activityId!: string;

  @PrimaryColumn({ type: 'integer' })
  ordinal!: number;

  @Column({ type: 'text' })
  name!: string;

  /** community_body, third_sector, community_council, equalities_group or other. */
  @Column({ type: 'text' })
  kind!: string;

  /** Set when the body is also a partner of the partnership. */
  @Column({ name: 'partner_id', type: 'text', nullable: true })
  partnerId!: string | null;

  @Column({ name: 'represents_disadvantaged_people', type: 'boolean' })
  representsDisadvantagedPeople!: boolean;
}

/** How what was heard at an activity changed a local outcome, commitment, indicator or section. */
@Entity({ schema: 'rm_engagement', name: 'influences' })
export class EngagementInfluenceRecord {
  @PrimaryColumn({ name: 'activity_id', type: 'text' })
  activityId!: string;

  @PrimaryColumn({ name: 'influence_id', type: 'text' })
  influenceId!: string;

  @Column({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  /** local_outcome, commitment, indicator or agreement_section. */
  @Column({ name: 'target_kind', type: 'text' })
  targetKind!: string;

  /** The outcome, commitment or indicator id; the national outcome id for a section. */
  @Column({ name: 'target_id', type: 'text' })
  targetId!: string;

  @Column({ name: 'target_agreement_id', type: 'text' })
  targetAgreementId!: string;

  @Column({ name: 'what_changed', type: 'text' })
  whatChanged!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_position', type: 'bigint', transformer: bigintAsText })
  recordedPosition!: string;
}

/** How the partnership reported back to those it heard from ("you said, we did"). */
@Entity({ schema: 'rm_engagement', name: 'feedback' })
export class EngagementFeedbackRecord {
  @PrimaryColumn({ name: 'activity_id', type: 'text' })
  activityId!: string;

  /** The feedback event's revision in the activity's stream: its key and its order. */
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsText })
  revision!: string;

  @Column({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  @Column({ name: 'given_on', type: 'date' })
  givenOn!: string;

  /** meeting, letter, email, website, newsletter, social_media, report or other. */
  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** Every entity of the engagement read model, for the read-model data source. */
export const ENGAGEMENT_ENTITIES = [
  EngagementActivityRecord,
  EngagementParticipantRecord,
  EngagementInfluenceRecord,
  EngagementFeedbackRecord,
] as const;
