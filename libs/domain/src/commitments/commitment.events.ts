import type { DomainEvent } from '@concordat/shared-kernel';
import type { CalendarDate, DecisionReference } from '../shared';
import type {
  CommitmentTerms,
  CommitmentProgressStatus,
  CommitmentReportingPeriod,
  RevisableCommitmentTerm,
} from './commitment.terms';

interface AboutACommitment {
  readonly commitmentId: string;
  readonly partnershipId: string;
}

/** A decision as events record it: where it was taken, and on which day. */
interface DecidedBy {
  readonly decision: DecisionReference;
  readonly decidedOn: CalendarDate;
}

/**
 * Version 2 names every party with its share and counts money in minor units with a currency;
 * version 1 (single party, whole pounds) is brought up to it by commitmentUpcasters.
 */
export type CommitmentProposed = DomainEvent<
  'CommitmentProposed',
  AboutACommitment & { agreementId: string; localOutcomeId: string } & CommitmentTerms,
  2
>;
export type CommitmentAccepted = DomainEvent<'CommitmentAccepted', AboutACommitment & DecidedBy, 1>;
export type CommitmentRejected = DomainEvent<
  'CommitmentRejected',
  AboutACommitment & DecidedBy & { reason: string },
  1
>;
export type CommitmentProgressReported = DomainEvent<
  'CommitmentProgressReported',
  AboutACommitment & {
    status: CommitmentProgressStatus;
    note: string;
    evidenceUrl: string | null;
    period: CommitmentReportingPeriod;
  },
  1
>;
export type CommitmentDelivered = DomainEvent<
  'CommitmentDelivered',
  AboutACommitment & { deliveredOn: CalendarDate; note: string; evidenceUrl: string },
  1
>;

/** Carries the whole of the revised terms, so a reader needs no earlier event to show them. */
export type CommitmentRevised = DomainEvent<
  'CommitmentRevised',
  AboutACommitment &
    DecidedBy & { changed: readonly RevisableCommitmentTerm[]; terms: CommitmentTerms },
  1
>;
export type CommitmentWithdrawn = DomainEvent<
  'CommitmentWithdrawn',
  AboutACommitment & { partnerId: string; reason: string },
  1
>;
export type CommitmentLapsed = DomainEvent<
  'CommitmentLapsed',
  AboutACommitment & { dueDate: CalendarDate; lapsedOn: CalendarDate },
  1
>;
export type CommitmentFlaggedForBoard = DomainEvent<
  'CommitmentFlaggedForBoard',
  AboutACommitment & { partnerId: string; reason: string },
  1
>;
export type CommitmentFlagCleared = DomainEvent<
  'CommitmentFlagCleared',
  AboutACommitment & DecidedBy & { partnerId: string },
  1
>;

export type CommitmentEvent =
  | CommitmentProposed
  | CommitmentAccepted
  | CommitmentRejected
  | CommitmentProgressReported
  | CommitmentDelivered
  | CommitmentRevised
  | CommitmentWithdrawn
  | CommitmentLapsed
  | CommitmentFlaggedForBoard
  | CommitmentFlagCleared;
