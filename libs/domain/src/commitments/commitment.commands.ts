import type { Command } from '@concordat/shared-kernel';
import type { CalendarDate, DecisionReference } from '../shared';
import type { CommitmentTerms, CommitmentReportingPeriod } from './commitment.terms';

interface AboutACommitment {
  readonly partnershipId: string;
  readonly commitmentId: string;
}

export type ProposeCommitment = Command<
  'ProposeCommitment',
  AboutACommitment & { agreementId: string; localOutcomeId: string } & CommitmentTerms
>;
export type AcceptCommitment = Command<
  'AcceptCommitment',
  AboutACommitment & { decision: DecisionReference }
>;
export type RejectCommitment = Command<
  'RejectCommitment',
  AboutACommitment & { decision: DecisionReference; reason: string }
>;
export type ReportCommitmentProgress = Command<
  'ReportCommitmentProgress',
  AboutACommitment & {
    /** One of COMMITMENT_PROGRESS_STATUSES; typed loosely because it arrives from outside. */
    status: string;
    note: string;
    /** An https link; may be null only when the commitment is on track. */
    evidenceUrl: string | null;
    period: CommitmentReportingPeriod;
  }
>;
export type RecordCommitmentDelivery = Command<
  'RecordCommitmentDelivery',
  AboutACommitment & { deliveredOn: CalendarDate; note: string; evidenceUrl: string }
>;
/**
 * Changes only the terms given. The parties stay who they are: a revision may change their
 * shares, but a different set of parties is a different commitment.
 */
export type ReviseCommitment = Command<
  'ReviseCommitment',
  AboutACommitment & { decision: DecisionReference; changes: Partial<CommitmentTerms> }
>;
export type WithdrawCommitment = Command<
  'WithdrawCommitment',
  AboutACommitment & { partnerId: string; reason: string }
>;
export type MarkCommitmentLapsed = Command<'MarkCommitmentLapsed', AboutACommitment>;
/** Issued by the reaction to PartnerWithdrawn for each open commitment the partner is party to. */
export type FlagCommitmentForBoard = Command<
  'FlagCommitmentForBoard',
  AboutACommitment & { partnerId: string; reason: string }
>;
export type ClearCommitmentFlag = Command<
  'ClearCommitmentFlag',
  AboutACommitment & { partnerId: string; decision: DecisionReference }
>;

export type CommitmentCommand =
  | ProposeCommitment
  | AcceptCommitment
  | RejectCommitment
  | ReportCommitmentProgress
  | RecordCommitmentDelivery
  | ReviseCommitment
  | WithdrawCommitment
  | MarkCommitmentLapsed
  | FlagCommitmentForBoard
  | ClearCommitmentFlag;
