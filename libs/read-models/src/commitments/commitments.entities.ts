import { Column, Entity, PrimaryColumn } from 'typeorm';

/*
 * The tables commitmentsProjection writes, for TypeORM. The query functions in
 * commitments.queries.ts read them with SQL of their own and return plain objects, so that
 * dates, amounts and instants come back in the same shape from PostgreSQL and PGlite; these
 * entities are for callers that want the rows themselves. bigint and numeric columns arrive as
 * text from `pg`.
 */

/** One row per commitment (written by commitmentsProjection). */
@Entity({ schema: 'rm_commitments', name: 'commitments' })
export class CommitmentRow {
  @PrimaryColumn({ name: 'commitment_id', type: 'text' })
  commitmentId!: string;

  @Column({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  @Column({ name: 'agreement_id', type: 'text' })
  agreementId!: string;

  @Column({ name: 'local_outcome_id', type: 'text' })
  localOutcomeId!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'lead_partner_id', type: 'text' })
  leadPartnerId!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'officer_name', type: 'text' })
  officerName!: string;

  @Column({ name: 'officer_role', type: 'text' })
  officerRole!: string;

  @Column({ name: 'money_minor_units', type: 'bigint' })
  moneyMinorUnits!: string;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ name: 'funding_stream', type: 'text', nullable: true })
  fundingStream!: string | null;

  @Column({ name: 'staff_fte', type: 'numeric' })
  staffFte!: string;

  @Column({ name: 'in_kind', type: 'text', nullable: true })
  inKind!: string | null;

  @Column({ name: 'accepted_meeting_id', type: 'text', nullable: true })
  acceptedMeetingId!: string | null;

  @Column({ name: 'accepted_decision_id', type: 'text', nullable: true })
  acceptedDecisionId!: string | null;

  @Column({ name: 'accepted_on', type: 'date', nullable: true })
  acceptedOn!: string | null;

  @Column({ name: 'rejected_meeting_id', type: 'text', nullable: true })
  rejectedMeetingId!: string | null;

  @Column({ name: 'rejected_decision_id', type: 'text', nullable: true })
  rejectedDecisionId!: string | null;

  @Column({ name: 'rejected_on', type: 'date', nullable: true })
  rejectedOn!: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'withdrawn_by_partner_id', type: 'text', nullable: true })
  withdrawnByPartnerId!: string | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'lapsed_on', type: 'date', nullable: true })
  lapsedOn!: string | null;

  @Column({ name: 'delivered_on', type: 'date', nullable: true })
  deliveredOn!: string | null;

  @Column({ name: 'delivery_note', type: 'text', nullable: true })
  deliveryNote!: string | null;

  @Column({ name: 'delivery_evidence_url', type: 'text', nullable: true })
  deliveryEvidenceUrl!: string | null;

  @Column({ name: 'latest_progress_status', type: 'text', nullable: true })
  latestProgressStatus!: string | null;

  @Column({ name: 'latest_progress_note', type: 'text', nullable: true })
  latestProgressNote!: string | null;

  @Column({ name: 'latest_progress_evidence_url', type: 'text', nullable: true })
  latestProgressEvidenceUrl!: string | null;

  @Column({ name: 'latest_progress_period_start', type: 'date', nullable: true })
  latestProgressPeriodStart!: string | null;

  @Column({ name: 'latest_progress_period_end', type: 'date', nullable: true })
  latestProgressPeriodEnd!: string | null;

  @Column({ name: 'latest_progress_reported_at', type: 'timestamptz', nullable: true })
  latestProgressReportedAt!: Date | null;

  @Column({ name: 'revision_count', type: 'integer' })
  revisionCount!: number;

  @Column({ name: 'revised_meeting_id', type: 'text', nullable: true })
  revisedMeetingId!: string | null;

  @Column({ name: 'revised_decision_id', type: 'text', nullable: true })
  revisedDecisionId!: string | null;

  @Column({ name: 'revised_on', type: 'date', nullable: true })
  revisedOn!: string | null;

  @Column({ name: 'revised_terms', type: 'text', array: true, nullable: true })
  revisedTerms!: string[] | null;

  @Column({ name: 'open_flags', type: 'integer' })
  openFlags!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** The stream revision of the last event applied to this commitment. */
  @Column({ name: 'last_revision', type: 'bigint' })
  lastRevision!: string;
}

/** A party to a commitment and its share (replaced whole by each revision). */
@Entity({ schema: 'rm_commitments', name: 'commitment_parties' })
export class CommitmentPartyRow {
  @PrimaryColumn({ name: 'commitment_id', type: 'text' })
  commitmentId!: string;

  @PrimaryColumn({ name: 'partner_id', type: 'text' })
  partnerId!: string;

  /** The party's place in the order the terms list them, from 0. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'is_lead', type: 'boolean' })
  isLead!: boolean;

  @Column({ name: 'money_minor_units', type: 'bigint' })
  moneyMinorUnits!: string;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ name: 'staff_fte', type: 'numeric' })
  staffFte!: string;

  @Column({ name: 'effort_percent', type: 'numeric' })
  effortPercent!: string;
}

/** One CommitmentProgressReported event. */
@Entity({ schema: 'rm_commitments', name: 'commitment_progress_reports' })
export class CommitmentProgressReportRow {
  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'commitment_id', type: 'text' })
  commitmentId!: string;

  @Column({ name: 'stream_revision', type: 'bigint' })
  streamRevision!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'evidence_url', type: 'text', nullable: true })
  evidenceUrl!: string | null;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  @Column({ name: 'reported_by', type: 'text' })
  reportedBy!: string;
}

/** A flag raised for the board about a commitment, keyed by the revision that raised it. */
@Entity({ schema: 'rm_commitments', name: 'commitment_flags' })
export class CommitmentFlagRow {
  @PrimaryColumn({ name: 'commitment_id', type: 'text' })
  commitmentId!: string;

  @PrimaryColumn({ name: 'raised_revision', type: 'bigint' })
  raisedRevision!: string;

  @Column({ name: 'partner_id', type: 'text' })
  partnerId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ name: 'cleared_revision', type: 'bigint', nullable: true })
  clearedRevision!: string | null;

  @Column({ name: 'cleared_meeting_id', type: 'text', nullable: true })
  clearedMeetingId!: string | null;

  @Column({ name: 'cleared_decision_id', type: 'text', nullable: true })
  clearedDecisionId!: string | null;

  @Column({ name: 'cleared_on', type: 'date', nullable: true })
  clearedOn!: string | null;

  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt!: Date | null;
}

export const COMMITMENT_ENTITIES = [
  CommitmentRow,
  CommitmentPartyRow,
  CommitmentProgressReportRow,
  CommitmentFlagRow,
] as const;
