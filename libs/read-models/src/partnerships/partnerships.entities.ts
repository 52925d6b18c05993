import { Column, Entity, PrimaryColumn } from 'typeorm';

/** TypeORM entities over the tables partnershipsProjection writes (schema rm_partnerships). */

@Entity({ schema: 'rm_partnerships', name: 'partnerships' })
export class PartnershipEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'council_area', type: 'text' })
  councilArea!: string;

  @Column({ name: 'quorum_minimum_members_present', type: 'integer' })
  quorumMinimumMembersPresent!: number;

  @Column({ name: 'quorum_chair_must_attend', type: 'boolean' })
  quorumChairMustAttend!: boolean;

  @Column({ name: 'established_at', type: 'timestamptz' })
  establishedAt!: Date;

  @Column({ name: 'last_revision', type: 'bigint' })
  lastRevision!: string;
}

@Entity({ schema: 'rm_partnerships', name: 'partners' })
export class PartnerEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  @PrimaryColumn({ name: 'partner_id', type: 'text' })
  partnerId!: string;

  @Column({ type: 'text' })
  organisation!: string;

  @Column({ type: 'text' })
  sector!: string;

  @Column({ type: 'text' })
  status!: 'current' | 'withdrawn';

  @Column({ name: 'admitted_at', type: 'timestamptz' })
  admittedAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;

  @Column({ name: 'last_revision', type: 'bigint' })
  lastRevision!: string;
}

/** One term in office: a re-appointment after removal is a new row. */
@Entity({ schema: 'rm_partnerships', name: 'representatives' })
export class RepresentativeEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  @PrimaryColumn({ name: 'partner_id', type: 'text' })
  partnerId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'text' })
  personId!: string;

  @PrimaryColumn({ name: 'appointed_revision', type: 'bigint' })
  appointedRevision!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ name: 'appointed_at', type: 'timestamptz' })
  appointedAt!: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  telephone!: string | null;

  @Column({ name: 'personal_data_erased_at', type: 'timestamptz', nullable: true })
  personalDataErasedAt!: Date | null;

  @Column({ name: 'removal_reason', type: 'text', nullable: true })
  removalReason!: string | null;

  @Column({ name: 'last_revision', type: 'bigint' })
  lastRevision!: string;
}

/** One term on the board: a re-appointment after standing down is a new row. */
@Entity({ schema: 'rm_partnerships', name: 'board_seats' })
export class BoardSeatEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'text' })
  personId!: string;

  @PrimaryColumn({ name: 'appointed_revision', type: 'bigint' })
  appointedRevision!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'partner_id', type: 'text', nullable: true })
  partnerId!: string | null;

  @Column({ name: 'is_chair', type: 'boolean' })
  isChair!: boolean;

  @Column({ name: 'appointed_at', type: 'timestamptz' })
  appointedAt!: Date;

  @Column({ name: 'stood_down_at', type: 'timestamptz', nullable: true })
  stoodDownAt!: Date | null;

  @Column({ name: 'personal_data_erased_at', type: 'timestamptz', nullable: true })
  personalDataErasedAt!: Date | null;

  @Column({ name: 'stand_down_reason', type: 'text', nullable: true })
  standDownReason!: string | null;

  @Column({ name: 'last_revision', type: 'bigint' })
  lastRevision!: string;
}

export const PARTNERSHIP_ENTITIES = [
  PartnershipEntity,
  PartnerEntity,
  RepresentativeEntity,
  BoardSeatEntity,
] as const;
