/**
 * A point in a stream's history: an instant, meaning everything the store had recorded by then
 * (recordedAt at or before it: what the system knew, not what the events say happened), or a
 * revision of the stream, meaning that event and every one before it.
 */
export type AsOf = { readonly instant: string } | { readonly revision: bigint };

export function describeAsOf(at: AsOf): string {
  return 'instant' in at ? `as recorded at ${at.instant}` : `at revision ${at.revision}`;
}
