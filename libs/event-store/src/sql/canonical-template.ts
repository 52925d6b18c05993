import { sealEvent } from '../hashing/event-hash';
import type { NewEvent } from '../port/events';

/**
 * An event's canonical text cut where the previous hash, the recorded instant and the stream
 * revision go: `[0] + previousHash + [1] + recordedAt + [2] + revision + [3]`. The database fills
 * the holes once it holds the stream (migrations 0004, 0005), so an append needs no round trip to
 * learn them first.
 */
export type CanonicalTemplate = readonly [string, string, string, string];

const PREVIOUS_HASH_HOLE = 'P';
const RECORDED_AT_HOLE = 'R';
const REVISION_HOLE = 0n;

/**
 * Cut from `sealEvent`'s own output, so the template cannot drift from what the hash covers. The
 * holes are found by their last occurrence: the keys sort after `data` and `metadata`, and only
 * scalars follow them, so a member nested in the data can only come earlier.
 */
export function canonicalTemplate(event: NewEvent, streamId: string): CanonicalTemplate {
  const { canonical } = sealEvent({
    event,
    streamId,
    streamRevision: REVISION_HOLE,
    recordedAt: RECORDED_AT_HOLE,
    previousHash: PREVIOUS_HASH_HOLE,
  });
  const hashAt = holeAt(canonical, '"previousHash":"', PREVIOUS_HASH_HOLE, ',"recordedAt":"');
  const recordedAtAt = hashAt + PREVIOUS_HASH_HOLE.length + '","recordedAt":"'.length;
  const revisionAt = holeAt(canonical, '"streamRevision":"', String(REVISION_HOLE), ',"type":');
  if (revisionAt < recordedAtAt) throw new Error('the canonical event text is not in key order');
  return [
    canonical.slice(0, hashAt),
    canonical.slice(hashAt + PREVIOUS_HASH_HOLE.length, recordedAtAt),
    canonical.slice(recordedAtAt + RECORDED_AT_HOLE.length, revisionAt),
    canonical.slice(revisionAt + String(REVISION_HOLE).length),
  ];
}

/** Where `hole` starts in the last occurrence of `before + hole + "` + after`. */
function holeAt(canonical: string, before: string, hole: string, after: string): number {
  const memberAt = canonical.lastIndexOf(`${before}${hole}"${after}`);
  if (memberAt < 0) throw new Error(`the canonical event text has no ${before} hole`);
  return memberAt + before.length;
}

/**
 * Parts a batch's templates, all four pieces of each in turn, in one text. Canonical JSON escapes
 * every control character, so U+001E never occurs in a piece; the database splits the text with
 * `string_to_array`, far cheaper than parsing the pieces as JSON (migration 0005).
 */
export const TEMPLATE_PIECE_SEPARATOR = '\u001e';

export function joinTemplates(templates: readonly CanonicalTemplate[]): string {
  return templates.flat().join(TEMPLATE_PIECE_SEPARATOR);
}
