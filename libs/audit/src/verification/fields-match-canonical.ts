import type { StoredEvent } from '@concordat/event-store';

/** The members of the canonical text: the fields `sealEvent` hashes, and nothing else. */
const SEALED_MEMBERS = 9;

/**
 * Whether the fields that queries read are the values the event's canonical text holds, member
 * for member. Parsing the text once and comparing values costs a fraction of sealing the fields
 * again and comparing texts, and finds the same changed fields: both take the stored fields'
 * numbers as JavaScript reads them.
 */
export function fieldsMatchCanonical(event: StoredEvent): boolean {
  let sealed: unknown;
  try {
    sealed = JSON.parse(event.canonical);
  } catch {
    return false;
  }
  if (!isRecord(sealed) || Object.keys(sealed).length !== SEALED_MEMBERS) return false;
  return (
    sealed['eventId'] === event.id &&
    sealed['type'] === event.type &&
    sealed['schemaVersion'] === event.schemaVersion &&
    sealed['streamId'] === event.streamId &&
    sealed['streamRevision'] === event.streamRevision.toString() &&
    sealed['recordedAt'] === event.recordedAt &&
    sealed['previousHash'] === event.previousHash &&
    sameJson(sealed['data'], event.data) &&
    sameJson(sealed['metadata'], event.metadata)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Equality of two values parsed from JSON: the same members and items, members in any order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return (
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameJson(item, b[index]))
    );
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
  );
}
