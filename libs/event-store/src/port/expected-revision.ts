/**
 * What the writer believes about the stream before appending. An exact revision is the zero-based
 * revision of the stream's last event.
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export const ExpectedRevision = {
  any: 'any',
  noStream: 'no_stream',
  streamExists: 'stream_exists',
  exactly: (revision: bigint | number): ExpectedRevision => BigInt(revision),
} as const;

/** The revision of a stream's last event, or null when the stream has no events. */
export type CurrentRevision = bigint | null;

export function satisfiesExpectedRevision(
  expected: ExpectedRevision,
  current: CurrentRevision,
): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return current === null;
  if (expected === 'stream_exists') return current !== null;
  return current === expected;
}

export function describeExpectedRevision(expected: ExpectedRevision): string {
  return typeof expected === 'bigint' ? `revision ${expected}` : expected;
}
