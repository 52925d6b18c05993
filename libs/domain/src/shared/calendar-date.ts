/** A calendar date as YYYY-MM-DD, which sorts and compares correctly as text. */
export type CalendarDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): value is CalendarDate {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The calendar date (UTC) of an ISO-8601 instant, e.g. a command's issuedAt. */
export function dateOf(instant: string): CalendarDate {
  return new Date(instant).toISOString().slice(0, 10);
}
