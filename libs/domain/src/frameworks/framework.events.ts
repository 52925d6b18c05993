import type { DomainEvent } from '@concordat/shared-kernel';
import type { CalendarDate } from '../shared';

export interface StrategicObjective {
  readonly id: string;
  readonly title: string;
}

/** Numbered 1..n within its framework version, as the government publishes them. */
export interface NationalOutcome {
  readonly id: string;
  readonly number: number;
  readonly title: string;
}

/** A national indicator, or an entry on the national menu of local indicators. */
export interface FrameworkIndicator {
  readonly id: string;
  readonly title: string;
  /** The national outcomes of the same framework version the indicator helps to track. */
  readonly outcomeIds: readonly string[];
}

/** Everything a framework version says; it never changes once published. */
export interface FrameworkVersionContent {
  readonly frameworkVersionId: string;
  readonly label: string;
  readonly publishedOn: CalendarDate;
  readonly purpose: string;
  readonly strategicObjectives: readonly StrategicObjective[];
  readonly nationalOutcomes: readonly NationalOutcome[];
  readonly nationalIndicators: readonly FrameworkIndicator[];
  readonly localIndicatorMenu: readonly FrameworkIndicator[];
}

/** The government published a version of the national framework, possibly replacing another. */
export type FrameworkVersionPublished = DomainEvent<
  'FrameworkVersionPublished',
  FrameworkVersionContent & { supersedes: string | null },
  1
>;

/** A newer version replaced this one; agreements already made under it keep pointing at it. */
export type FrameworkVersionSuperseded = DomainEvent<
  'FrameworkVersionSuperseded',
  { frameworkVersionId: string; supersededBy: string; on: CalendarDate },
  1
>;

export type FrameworkVersionEvent = FrameworkVersionPublished | FrameworkVersionSuperseded;
