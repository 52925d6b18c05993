import { Column, Entity, PrimaryColumn } from 'typeorm';

/** TypeORM entities over the tables frameworksProjection writes (schema rm_frameworks). */

@Entity({ schema: 'rm_frameworks', name: 'framework_versions' })
export class FrameworkVersionEntity {
  @PrimaryColumn({ name: 'framework_version_id', type: 'text' })
  frameworkVersionId!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ name: 'published_on', type: 'date' })
  publishedOn!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text', nullable: true })
  supersedes!: string | null;

  @Column({ type: 'text' })
  status!: 'published' | 'superseded';

  @Column({ name: 'superseded_by', type: 'text', nullable: true })
  supersededBy!: string | null;

  @Column({ name: 'superseded_on', type: 'date', nullable: true })
  supersededOn!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ name: 'last_revision', type: 'bigint' })
  lastRevision!: string;
}

@Entity({ schema: 'rm_frameworks', name: 'strategic_objectives' })
export class StrategicObjectiveEntity {
  @PrimaryColumn({ name: 'framework_version_id', type: 'text' })
  frameworkVersionId!: string;

  @PrimaryColumn({ name: 'objective_id', type: 'text' })
  objectiveId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;
}

@Entity({ schema: 'rm_frameworks', name: 'national_outcomes' })
export class NationalOutcomeEntity {
  @PrimaryColumn({ name: 'framework_version_id', type: 'text' })
  frameworkVersionId!: string;

  @PrimaryColumn({ name: 'outcome_id', type: 'text' })
  outcomeId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  title!: string;
}

/** A national indicator (`list` national) or an entry on the local menu (`local_menu`). */
@Entity({ schema: 'rm_frameworks', name: 'framework_indicators' })
export class FrameworkIndicatorEntity {
  @PrimaryColumn({ name: 'framework_version_id', type: 'text' })
  frameworkVersionId!: string;

  @PrimaryColumn({ type: 'text' })
  list!: 'national' | 'local_menu';

  @PrimaryColumn({ name: 'indicator_id', type: 'text' })
  indicatorId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'outcome_ids', type: 'text', array: true })
  outcomeIds!: string[];
}

export const FRAMEWORK_ENTITIES = [
  FrameworkVersionEntity,
  StrategicObjectiveEntity,
  NationalOutcomeEntity,
  FrameworkIndicatorEntity,
] as const;
