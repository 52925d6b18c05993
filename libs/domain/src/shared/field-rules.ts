import { ensure } from '@concordat/shared-kernel';
import { dateOf, isCalendarDate, type CalendarDate } from './calendar-date';

/**
 * Rules about single values that every feature shares, so a bad value is refused under the same
 * name wherever it appears. Each check also guards the value's type, because commands reach the
 * domain from JSON, YAML and forms.
 */
export const FieldRule = {
  TextMustNotBeBlank: 'TextMustNotBeBlank',
  IdentifierMustBeWellFormed: 'IdentifierMustBeWellFormed',
  DateMustBeACalendarDate: 'DateMustBeACalendarDate',
  NumberMustBeFinite: 'NumberMustBeFinite',
  PeriodMustEndAfterItStarts: 'PeriodMustEndAfterItStarts',
} as const;

/**
 * Ids become part of stream ids (letters, digits and _ . : @ -, at most 200 characters, two ids
 * to a stream at most) and of URLs, so they are held to that alphabet and half that length.
 */
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,79}$/;

export function ensureText(value: string, field: string): void {
  ensure(
    typeof value === 'string' && value.trim().length > 0,
    FieldRule.TextMustNotBeBlank,
    `${field} must not be blank`,
    field,
  );
}

export function ensureIdentifier(value: string, field: string): void {
  ensure(
    typeof value === 'string' && IDENTIFIER.test(value),
    FieldRule.IdentifierMustBeWellFormed,
    `${field} must be 1-80 letters, digits or _ . : @ -, starting with a letter or digit`,
    field,
  );
}

/** `rule` names the refusal where a feature has its own name for this check. */
export function ensureCalendarDate(
  value: CalendarDate,
  field: string,
  rule: string = FieldRule.DateMustBeACalendarDate,
): void {
  ensure(
    typeof value === 'string' && isCalendarDate(value),
    rule,
    `${field} must be a calendar date (YYYY-MM-DD)`,
    field,
  );
}

export function ensureFiniteNumber(value: number, field: string): void {
  ensure(
    typeof value === 'number' && Number.isFinite(value),
    FieldRule.NumberMustBeFinite,
    `${field} must be a finite number`,
    field,
  );
}

/** A period of time given by two calendar dates, the end strictly after the start. */
export function ensurePeriod(
  start: CalendarDate,
  end: CalendarDate,
  fields: { readonly start: string; readonly end: string },
): void {
  ensureCalendarDate(start, fields.start);
  ensureCalendarDate(end, fields.end);
  ensure(
    end > start,
    FieldRule.PeriodMustEndAfterItStarts,
    `${fields.end} (${end}) must be after ${fields.start} (${start})`,
    fields.end,
  );
}

/** One of a fixed list of values, refused under the rule the feature names for that list. */
export function ensureOneOf<T extends string>(
  values: readonly T[],
  value: string,
  rule: string,
  field: string,
): asserts value is T {
  ensure(
    (values as readonly string[]).includes(value),
    rule,
    `${field} must be one of ${values.join(', ')}`,
    field,
  );
}

/**
 * A date something already happened on: a calendar date no later than the day the command was
 * issued (`issuedAt`, an ISO-8601 instant). `rule` names the refusal of a date in the future.
 */
export function ensurePastDate(
  value: CalendarDate,
  issuedAt: string,
  rule: string,
  field: string,
): void {
  ensureCalendarDate(value, field);
  ensure(value <= dateOf(issuedAt), rule, `${field} ${value} has not happened yet`, field);
}
