import { createHash } from 'node:crypto';

/** Concordat's own name-based UUID namespace (RFC 9562, version 5). */
const NAMESPACE = Buffer.from('6f1c1b1e4a2d4c7e9d0e5b3a2f8c7d61', 'hex');

/**
 * The same name always gives the same UUID. Event ids derived from the command id mean that a
 * retried command produces byte-identical events, which the store then recognises as a replay.
 */
export function deterministicUuid(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
