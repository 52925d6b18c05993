import type {
  CalendarDate,
  CommitmentParty,
  CommitmentProgressStatus,
  ExistingCommitment,
} from '@concordat/domain';
import type {
  IndicatorGoal,
  PeriodValue,
} from '@concordat/read-models/agreements/indicator-status';

/**
 * Everything an annual report says, as plain facts in any order: what was known at the end of
 * `asKnownAt` (the gathering decides that). The report picks what belongs to `year` and sorts
 * everything itself, so the same facts always give the same report.
 */
export interface AnnualReportInputs {
  /** The year the reporting year starts in: 2009 for 2009-10. */
  readonly year: number;
  readonly asKnownAt: CalendarDate;
  readonly agreement: ReportedAgreement;
  /** The national outcomes of the agreement's framework version. */
  readonly nationalOutcomes: readonly NationalOutcomeFact[];
  readonly localOutcomes: readonly LocalOutcomeFact[];
  readonly indicators: readonly IndicatorFact[];
  /** The partnership's partners, to name the parties to commitments. */
  readonly partners: readonly PartnerFact[];
  readonly commitments: readonly CommitmentFact[];
  readonly decisions: readonly DecisionFact[];
  readonly activities: readonly ActivityFact[];
}

export interface ReportedAgreement {
  readonly agreementId: string;
  readonly title: string;
  /** draft, submitted, agreed, superseded or closed. */
  readonly status: string;
  readonly periodStart: CalendarDate;
  readonly periodEnd: CalendarDate;
  readonly partnershipId: string;
  readonly partnershipName: string;
}

export interface NationalOutcomeFact {
  readonly outcomeId: string;
  /** Its number in the framework version's list. */
  readonly number: number;
  readonly title: string;
}

export interface LocalOutcomeFact {
  readonly localOutcomeId: string;
  readonly nationalOutcomeId: string;
  readonly title: string;
}

export interface IndicatorFact {
  readonly indicatorId: string;
  readonly localOutcomeId: string;
  readonly title: string;
  readonly unit: string;
  readonly goal: IndicatorGoal;
  /** The value of each observed period as it was known: one per period. */
  readonly values: readonly PeriodValue[];
}

export interface PartnerFact {
  readonly partnerId: string;
  readonly organisation: string;
}

export interface CommitmentFact {
  readonly commitmentId: string;
  readonly localOutcomeId: string;
  readonly action: string;
  readonly status: ExistingCommitment['status'];
  readonly leadPartnerId: string;
  readonly dueDate: CalendarDate;
  /** The status of the latest progress report; null before the first. */
  readonly latestProgress: CommitmentProgressStatus | null;
  readonly parties: readonly CommitmentParty[];
}

export interface DecisionFact {
  readonly meetingId: string;
  readonly decisionId: string;
  readonly decidedOn: CalendarDate;
  readonly kind: string;
  readonly carried: boolean;
  readonly vote: {
    readonly for: number;
    readonly against: number;
    readonly abstain: number;
  } | null;
  readonly rationale: string;
  /** What the decision was about: a commitment, an agreement, a partner... */
  readonly subjects: readonly { readonly kind: string; readonly id: string }[];
}

export interface ActivityFact {
  readonly activityId: string;
  readonly heldFrom: CalendarDate;
  readonly heldTo: CalendarDate;
  readonly method: string;
  readonly peopleReached: number | null;
  readonly summary: string;
  /** The community bodies and groups that took part. */
  readonly participants: readonly string[];
  /** How many changes to outcomes, commitments, indicators or sections it had brought about. */
  readonly influences: number;
  /** How many times the partnership had reported back to those it heard from. */
  readonly feedback: number;
}
