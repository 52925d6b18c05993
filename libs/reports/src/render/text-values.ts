/**
 * Values written out the same way on every machine: no locale, no time zone. JavaScript's own
 * number to text (shortest round trip) and toFixed depend on neither.
 */

/** An amount in minor units as `GBP 1234.56`; null (shares in several currencies) says so. */
export function money(minorUnits: number | null, currency: string | null): string {
  if (minorUnits === null || currency === null) return 'in more than one currency';
  const sign = minorUnits < 0 ? '-' : '';
  const units = Math.abs(minorUnits);
  const hundredths = String(units % 100).padStart(2, '0');
  return `${currency} ${sign}${Math.trunc(units / 100)}.${hundredths}`;
}

/** FTE and percentages, which the domain keeps to two decimals. */
export function twoDecimals(value: number): string {
  return value.toFixed(2);
}

/** An indicator value as published, or nothing. */
export function numberOrNothing(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
