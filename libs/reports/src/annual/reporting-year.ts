import { isCalendarDate, type CalendarDate } from '@concordat/domain';

/**
 * A reporting year as Scottish Single Outcome Agreements report: 1 April to the next 31 March,
 * named by the year it starts in. 2009 runs from 2009-04-01 to 2010-03-31 and reads "2009-10".
 */
export interface ReportingYear {
  readonly year: number;
  readonly label: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** The years whose dates have four digits at both ends. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9998;

/** Arguments that cannot make a report: which one, and why. */
export class AnnualReportRequestInvalid extends Error {
  constructor(
    readonly argument: 'year' | 'asKnownAt',
    message: string,
  ) {
    super(message);
    this.name = 'AnnualReportRequestInvalid';
  }
}

export function reportingYear(year: number): ReportingYear {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new AnnualReportRequestInvalid(
      'year',
      `a reporting year is a whole year from ${FIRST_YEAR} to ${LAST_YEAR}, not ${year}`,
    );
  }
  const next = year + 1;
  return {
    year,
    label: `${year}-${String(next % 100).padStart(2, '0')}`,
    start: `${year}-04-01`,
    end: `${next}-03-31`,
  };
}

/** The reporting year, refused unless it overlaps the agreement's period. */
export function reportingYearOf(
  agreement: { readonly periodStart: CalendarDate; readonly periodEnd: CalendarDate },
  year: number,
): ReportingYear {
  const reporting = reportingYear(year);
  if (reporting.end < agreement.periodStart || reporting.start > agreement.periodEnd) {
    throw new AnnualReportRequestInvalid(
      'year',
      `the agreement runs from ${agreement.periodStart} to ${agreement.periodEnd}: ` +
        `reporting year ${reporting.label} lies outside it`,
    );
  }
  return reporting;
}

export function ensureAsKnownAt(asKnownAt: string): CalendarDate {
  // A boolean, not the type guard: the message still has the string to name.
  const valid: boolean = isCalendarDate(asKnownAt);
  if (!valid) {
    throw new AnnualReportRequestInvalid(
      'asKnownAt',
      `asKnownAt must be a calendar date (YYYY-MM-DD), not ${asKnownAt}`,
    );
  }
  return asKnownAt;
}
