/** Money and staff time as a board paper writes them. */
export function formatMoney(
  minorUnits: number | null | undefined,
  currency: string | null | undefined,
): string {
  if (minorUnits === null || minorUnits === undefined || !currency) return 'no money';
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(minorUnits / 100);
}

export function formatFte(staffFte: number): string {
  return `${staffFte.toLocaleString('en-GB', { maximumFractionDigits: 2 })} FTE`;
}

export function formatInstant(instant: string): string {
  return (
    new Date(instant).toLocaleString('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    }) + ' UTC'
  );
}

/** `2026-05-01T14:03:09` in the reader's time zone, as a datetime-local input holds it. */
export function toLocalInput(instant: string): string {
  const date = new Date(instant);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}

/** Today (UTC) as the API writes days: `2026-05-01`. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
