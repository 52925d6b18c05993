import { Column, Entity, PrimaryColumn, type ValueTransformer } from 'typeorm';

/** bigint arrives as text from `pg` and as a number from PGlite: read it as text from both. */
const bigintAsText: ValueTransformer = {
  from: (value: string | number | bigint | null | undefined) =>
    value === null || value === undefined ? value : String(value),
  to: (value: string | null | undefined) => value,
};

export interface AgreementParty {
  readonly party: 'council' | 'government';
  /** The council's partner id in the partnership; null for the government. */
  readonly partnerId: string | null;
}

export interface SectionCrossReference {
  readonly plan: string;
  readonly reference: string;
}

/** One agreement as it now stands (written by agreementsProjection). */
@Entity({ schema: 'rm_agreements', name: 'agreements' })
export class AgreementRecord {
  @PrimaryColumn({ name: 'agreement_id', type: 'text' })
  agreementId!: string;

  @Column({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  /** single_outcome_agreement, local_outcomes_improvement_plan or locality_plan. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', nullable: true })
  locality!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'framework_version_id', type: 'text' })
  frameworkVersionId!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ name: 'council_partner_id', type: 'text' })
  councilPartnerId!: string;

  @Column({ type: 'jsonb' })
  parties!: AgreementParty[];

  /** draft, submitted, agreed, superseded or closed. */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'council_signatory_name', type: 'text', nullable: true })
  councilSignatoryName!: string | null;

  @Column({ name: 'council_signatory_role', type: 'text', nullable: true })
  councilSignatoryRole!: string | null;

  @Column({ name: 'council_signed_on', type: 'date', nullable: true })
  councilSignedOn!: string | null;

  @Column({ name: 'government_signatory_name', type: 'text', nullable: true })
  governmentSignatoryName!: string | null;

  @Column({ name: 'government_signatory_role', type: 'text', nullable: true })
  governmentSignatoryRole!: string | null;

  @Column({ name: 'government_signed_on', type: 'date', nullable: true })
  governmentSignedOn!: string | null;

  @Column({ name: 'agreed_on', type: 'date', nullable: true })
  agreedOn!: string | null;

  @Column({ name: 'amendment_count', type: 'integer' })
  amendmentCount!: number;

  @Column({ name: 'superseded_by', type: 'text', nullable: true })
  supersededBy!: string | null;

  @Column({ name: 'superseded_on', type: 'date', nullable: true })
  supersededOn!: string | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason!: string | null;

  @Column({ name: 'drafted_at', type: 'timestamptz' })
  draftedAt!: Date;

  @Column({ name: 'last_changed_at', type: 'timestamptz' })
  lastChangedAt!: Date;

  /** The last revision of the agreement's stream applied. */
  @Column({ name: 'last_revision', type: 'bigint', transformer: bigintAsText })
  lastRevision!: string;
}

/** The agreement's section for one national outcome of its framework version. */
@Entity({ schema: 'rm_agreements', name: 'sections' })
export class AgreementSectionRecord {
  @PrimaryColumn({ name: 'agreement_id', type: 'text' })
  agreementId!: string;

  @PrimaryColumn({ name: 'national_outcome_id', type: 'text' })
  nationalOutcomeId!: string;

  /** The national outcome's place in the framework version's list. */
  @Column({ type: 'integer' })
  ordinal!: number;

  /** False until the section is first written; the text columns are null until then. */
  @Column({ type: 'boolean' })
  written!: boolean;

  @Column({ name: 'local_priority', type: 'text', nullable: true })
  localPriority!: string | null;

  @Column({ name: 'area_profile', type: 'text', nullable: true })
  areaProfile!: string | null;

  @Column({ name: 'key_local_causes', type: 'text', nullable: true })
  keyLocalCauses!: string | null;

  @Column({ name: 'past_trends', type: 'text', nullable: true })
  pastTrends!: string | null;

  @Column({ name: 'cross_references', type: 'jsonb' })
  crossReferences!: SectionCrossReference[];
}

/** A local outcome, under one national outcome; retired ones stay. */
@Entity({ schema: 'rm_agreements', name: 'local_outcomes' })
export class LocalOutcomeRecord {
  @PrimaryColumn({ name: 'agreement_id', type: 'text' })
  agreementId!: string;

  @PrimaryColumn({ name: 'local_outcome_id', type: 'text' })
  localOutcomeId!: string;

  @Column({ name: 'national_outcome_id', type: 'text' })
  nationalOutcomeId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  /** active or retired. */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'retired_reason', type: 'text', nullable: true })
  retiredReason!: string | null;

  /** Global position of the event that added it: the order outcomes were added in. */
  @Column({ name: 'added_position', type: 'bigint', transformer: bigintAsText })
  addedPosition!: string;
}

/** An intermediate outcome, under a local outcome; retired ones stay. */
@Entity({ schema: 'rm_agreements', name: 'intermediate_outcomes' })
export class IntermediateOutcomeRecord {
  @PrimaryColumn({ name: 'agreement_id', type: 'text' })
  agreementId!: string;

  @PrimaryColumn({ name: 'intermediate_outcome_id', type: 'text' })
  intermediateOutcomeId!: string;

  @Column({ name: 'local_outcome_id', type: 'text' })
  localOutcomeId!: string;

  @Column({ type: 'text' })
  title!: string;

  /** active or retired. */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'retired_reason', type: 'text', nullable: true })
  retiredReason!: string | null;

  @Column({ name: 'added_position', type: 'bigint', transformer: bigintAsText })
  addedPosition!: string;
}

/**
 * An indicator, with its latest current observation and its RAG status and trend (see
 * `indicator-status.ts` for the definitions).
 */
@Entity({ schema: 'rm_agreements', name: 'indicators' })
export class IndicatorRecord {
  @PrimaryColumn({ name: 'agreement_id', type: 'text' })
  agreementId!: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'text' })
  indicatorId!: string;

  @Column({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  @Column({ name: 'local_outcome_id', type: 'text' })
  localOutcomeId!: string;

  /** Set when the indicator tracks an intermediate outcome of the local outcome. */
  @Column({ name: 'intermediate_outcome_id', type: 'text', nullable: true })
  intermediateOutcomeId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  /** national, local_menu or local. */
  @Column({ name: 'source_kind', type: 'text' })
  sourceKind!: string;

  /** The national or menu indicator's id; null for a local indicator. */
  @Column({ name: 'source_id', type: 'text', nullable: true })
  sourceId!: string | null;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ name: 'baseline_value', type: 'double precision' })
  baselineValue!: number;

  @Column({ name: 'baseline_date', type: 'date' })
  baselineDate!: string;

  @Column({ name: 'target_value', type: 'double precision' })
  targetValue!: number;

  @Column({ name: 'target_date', type: 'date' })
  targetDate!: string;

  /** increase, decrease or maintain. */
  @Column({ type: 'text' })
  direction!: string;

  /** active or retired. */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'retired_reason', type: 'text', nullable: true })
  retiredReason!: string | null;

  @Column({ name: 'added_position', type: 'bigint', transformer: bigintAsText })
  addedPosition!: string;

  @Column({ name: 'latest_observation_id', type: 'text', nullable: true })
  latestObservationId!: string | null;

  @Column({ name: 'latest_period', type: 'text', nullable: true })
  latestPeriod!: string | null;

  @Column({ name: 'latest_period_start', type: 'date', nullable: true })
  latestPeriodStart!: string | null;

  @Column({ name: 'latest_period_end', type: 'date', nullable: true })
  latestPeriodEnd!: string | null;

  @Column({ name: 'latest_value', type: 'double precision', nullable: true })
  latestValue!: number | null;

  @Column({ name: 'latest_published_on', type: 'date', nullable: true })
  latestPublishedOn!: string | null;

  @Column({ name: 'previous_period', type: 'text', nullable: true })
  previousPeriod!: string | null;

  @Column({ name: 'previous_value', type: 'double precision', nullable: true })
  previousValue!: number | null;

  /** (latest - baseline) / (target - baseline) in the direction of improvement. */
  @Column({ type: 'double precision', nullable: true })
  progress!: number | null;

  /** The straight line from baseline to target, at the latest period's end. */
  @Column({ name: 'expected_progress', type: 'double precision', nullable: true })
  expectedProgress!: number | null;

  /** green, amber or red; null before the first observation. */
  @Column({ type: 'text', nullable: true })
  rag!: string | null;

  /** improving, worsening or steady; null before the second period. */
  @Column({ type: 'text', nullable: true })
  trend!: string | null;
}

/**
 * One value of an indicator for a period, as published on a date. A correction is a row of its
 * own naming the one it supersedes; that one keeps its value and gets `supersededBy`.
 */
@Entity({ schema: 'rm_agreements', name: 'observations' })
export class IndicatorObservationRecord {
  @PrimaryColumn({ name: 'agreement_id', type: 'text' })
  agreementId!: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'text' })
  indicatorId!: string;

  @PrimaryColumn({ name: 'observation_id', type: 'text' })
  observationId!: string;

  @Column({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  /** As the source labels it, e.g. "2009-10". */
  @Column({ type: 'text' })
  period!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ type: 'double precision' })
  value!: number;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'published_on', type: 'date' })
  publishedOn!: string;

  @Column({ type: 'text', nullable: true })
  supersedes!: string | null;

  /** Why the correction was made; null for a first value. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'superseded_by', type: 'text', nullable: true })
  supersededBy!: string | null;

  @Column({ name: 'recorded_position', type: 'bigint', transformer: bigintAsText })
  recordedPosition!: string;
}

/** One numbered amendment of an agreed agreement, with the board decision that approved it. */
@Entity({ schema: 'rm_agreements', name: 'amendments' })
export class AgreementAmendmentRecord {
  @PrimaryColumn({ name: 'agreement_id', type: 'text' })
  agreementId!: string;

  @PrimaryColumn({ name: 'amendment_number', type: 'integer' })
  amendmentNumber!: number;

  @Column({ name: 'decision_meeting_id', type: 'text' })
  decisionMeetingId!: string;

  @Column({ name: 'decision_id', type: 'text' })
  decisionId!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'amended_at', type: 'timestamptz' })
  amendedAt!: Date;
}

/** Every entity of the agreements read model, for the read-model data source. */
export const AGREEMENTS_ENTITIES = [
  AgreementRecord,
  AgreementSectionRecord,
  LocalOutcomeRecord,
  IntermediateOutcomeRecord,
  IndicatorRecord,
  IndicatorObservationRecord,
  AgreementAmendmentRecord,
] as const;
