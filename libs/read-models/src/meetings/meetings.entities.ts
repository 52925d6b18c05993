import { Column, Entity, PrimaryColumn } from 'typeorm';

/** TypeORM entities over the tables meetingsProjection writes (schema rm_meetings). */

@Entity({ schema: 'rm_meetings', name: 'meetings' })
export class MeetingEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'text' })
  meetingId!: string;

  @Column({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  location!: string;

  /** Board members present, by person id. */
  @Column({ type: 'text', array: true })
  attendees!: string[];

  @Column({ type: 'text', array: true })
  apologies!: string[];

  /** Officers and observers: `[{ name, role }]`, never counted for the quorum. */
  @Column({ name: 'other_attendees', type: 'jsonb' })
  otherAttendees!: { name: string; role: string }[];

  @Column({ name: 'quorum_minimum_members_present', type: 'integer' })
  quorumMinimumMembersPresent!: number;

  @Column({ name: 'quorum_chair_must_attend', type: 'boolean' })
  quorumChairMustAttend!: boolean;

  @Column({ name: 'board_members_present', type: 'integer' })
  boardMembersPresent!: number;

  @Column({ name: 'chair_present', type: 'boolean' })
  chairPresent!: boolean;

  @Column({ type: 'boolean' })
  quorate!: boolean;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'last_revision', type: 'bigint' })
  lastRevision!: string;
}

@Entity({ schema: 'rm_meetings', name: 'decisions' })
export class DecisionEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'text' })
  meetingId!: string;

  @PrimaryColumn({ name: 'decision_id', type: 'text' })
  decisionId!: string;

  @Column({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ name: 'taking_part', type: 'text', array: true })
  takingPart!: string[];

  /** The three vote columns are all null when the board decided by consensus. */
  @Column({ name: 'vote_for', type: 'integer', nullable: true })
  voteFor!: number | null;

  @Column({ name: 'vote_against', type: 'integer', nullable: true })
  voteAgainst!: number | null;

  @Column({ name: 'vote_abstain', type: 'integer', nullable: true })
  voteAbstain!: number | null;

  @Column({ type: 'boolean' })
  carried!: boolean;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  /** The revision of the meeting's stream that recorded it: the order decisions were taken. */
  @Column({ name: 'recorded_revision', type: 'bigint' })
  recordedRevision!: string;
}

@Entity({ schema: 'rm_meetings', name: 'decision_subjects' })
export class DecisionSubjectEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'text' })
  meetingId!: string;

  @PrimaryColumn({ name: 'decision_id', type: 'text' })
  decisionId!: string;

  @PrimaryColumn({ name: 'subject_kind', type: 'text' })
  subjectKind!: string;

  @PrimaryColumn({ name: 'subject_id', type: 'text' })
  subjectId!: string;

  @Column({ type: 'integer' })
  position!: number;
}

@Entity({ schema: 'rm_meetings', name: 'decision_actions' })
export class DecisionActionEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'text' })
  meetingId!: string;

  @PrimaryColumn({ name: 'action_id', type: 'text' })
  actionId!: string;

  @Column({ name: 'decision_id', type: 'text' })
  decisionId!: string;

  @Column({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'owner_kind', type: 'text' })
  ownerKind!: 'person' | 'partner';

  @Column({ name: 'owner_id', type: 'text' })
  ownerId!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ name: 'completion_note', type: 'text', nullable: true })
  completionNote!: string | null;

  @Column({ name: 'last_revision', type: 'bigint' })
  lastRevision!: string;
}

export const MEETING_ENTITIES = [
  MeetingEntity,
  DecisionEntity,
  DecisionSubjectEntity,
  DecisionActionEntity,
] as const;
