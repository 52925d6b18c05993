import type { CalendarDate, CommitmentParty } from '@concordat/domain';
import type {
  IndicatorGoal,
  IndicatorStatus,
} from '@concordat/read-models/agreements/indicator-status';
import type { AccountabilityResources } from '@concordat/read-models/commitments/accountability-cells';
import type {
  ActivityFact,
  CommitmentFact,
  DecisionFact,
  LocalOutcomeFact,
  NationalOutcomeFact,
  PartnerFact,
  ReportedAgreement,
} from './annual-report.inputs';
import type { ReportingYear } from './reporting-year';

/** An annual progress report, every list in the order it is shown. */
export interface AnnualReport {
  readonly reportingYear: ReportingYear;
  readonly asKnownAt: CalendarDate;
  readonly agreement: ReportedAgreement;
  /** Each local outcome under its national outcome, and each national outcome left without one. */
  readonly outcomes: readonly OutcomeLine[];
  readonly indicators: readonly IndicatorLine[];
  /** One line per party to each commitment, by party. */
  readonly commitments: readonly CommitmentLine[];
  readonly resources: readonly PartyResources[];
  /** The decisions taken in the reporting year. */
  readonly decisions: readonly DecisionFact[];
  /** The engagement activities held, at least in part, in the reporting year. */
  readonly activities: readonly ActivityFact[];
}

export interface OutcomeLine {
  readonly nationalOutcomeId: string;
  /** Null when the framework version lists no such national outcome. */
  readonly nationalOutcome: NationalOutcomeFact | null;
  /** Null for a national outcome with no local outcome under it. */
  readonly localOutcome: LocalOutcomeFact | null;
}

export interface IndicatorLine {
  readonly nationalOutcome: NationalOutcomeFact | null;
  readonly localOutcomeId: string;
  readonly indicatorId: string;
  readonly title: string;
  readonly unit: string;
  readonly goal: IndicatorGoal;
  /** From the values of the periods begun by the end of the year; null when there were none. */
  readonly status: IndicatorStatus | null;
}

export interface CommitmentLine {
  readonly party: PartnerFact;
  readonly isLead: boolean;
  /** This party's share of the commitment's resources and work. */
  readonly share: CommitmentParty;
  readonly commitment: CommitmentFact;
}

/** What one party put behind its commitments, counted as the accountability matrix counts. */
export interface PartyResources {
  readonly party: PartnerFact;
  readonly commitments: number;
  /** Its shares of the proposed, accepted and delivered commitments. */
  readonly pledged: AccountabilityResources;
  /** Its shares of the delivered commitments. */
  readonly delivered: AccountabilityResources;
}
