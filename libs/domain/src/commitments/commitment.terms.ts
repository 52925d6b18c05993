import type { CalendarDate } from '../shared';

/** An amount in the currency's smallest unit (pence for GBP), so sums are exact. */
export interface Money {
  readonly minorUnits: number;
  /** ISO 4217 code, e.g. 'GBP'. */
  readonly currency: string;
}

/**
 * One party to a commitment and its share. Across the parties, the money shares add up to the
 * commitment's money, the staff shares to its staff FTE, and the effort shares to 100 percent.
 * A sole party holds the whole of each.
 */
export interface CommitmentParty {
  /** A partner of the partnership; the council and the government commit as partners too. */
  readonly partnerId: string;
  /** This party's part of `resources.money`, in the same currency. */
  readonly money: Money;
  /** This party's part of `resources.staffFte`. */
  readonly staffFte: number;
  /** This party's share of the work of carrying out the action, in percent, to 2 decimals. */
  readonly effortPercent: number;
}

/** What the commitment puts behind the outcome, in total across its parties. */
export interface CommitmentResources {
  readonly money: Money;
  /** Where the money comes from, e.g. "Fairer Scotland Fund"; null only when there is no money. */
  readonly fundingStream: string | null;
  /** Full-time equivalent staff, to 2 decimals. */
  readonly staffFte: number;
  /** Assets or services given in kind, described; null when there are none. */
  readonly inKind: string | null;
}

export interface AccountableOfficer {
  readonly name: string;
  readonly role: string;
}

/** What was committed: everything a revision can change, and nothing it cannot. */
export interface CommitmentTerms {
  readonly action: string;
  readonly parties: readonly CommitmentParty[];
  /** One of the parties, answerable for the whole commitment. */
  readonly leadPartnerId: string;
  readonly resources: CommitmentResources;
  readonly dueDate: CalendarDate;
  readonly accountableOfficer: AccountableOfficer;
}

export const COMMITMENT_PROGRESS_STATUSES = ['on_track', 'at_risk', 'off_track'] as const;

export type CommitmentProgressStatus = (typeof COMMITMENT_PROGRESS_STATUSES)[number];

export function isCommitmentProgressStatus(value: string): value is CommitmentProgressStatus {
  return (COMMITMENT_PROGRESS_STATUSES as readonly string[]).includes(value);
}

/** The span of time a progress report speaks for, both ends included. */
export interface CommitmentReportingPeriod {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

export type RevisableCommitmentTerm = keyof CommitmentTerms;

/** Keyed by term so that a term added to CommitmentTerms cannot be left out of revisions. */
const EVERY_TERM: Record<RevisableCommitmentTerm, true> = {
  action: true,
  parties: true,
  leadPartnerId: true,
  resources: true,
  dueDate: true,
  accountableOfficer: true,
};

/** Every term, in the order a revision lists what it changed. */
export const REVISABLE_COMMITMENT_TERMS = Object.keys(
  EVERY_TERM,
) as readonly RevisableCommitmentTerm[];
