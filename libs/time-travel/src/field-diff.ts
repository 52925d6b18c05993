import { canonicalJson, type JsonValue } from '@concordat/shared-kernel';

/** One field that differs between two states: its path, and its value before and after. */
export interface FieldChange {
  /** Dotted, through maps by key: `localOutcomes.lo-jobs.title`. */
  readonly path: string;
  /** Null where the field did not exist (or was null). */
  readonly before: JsonValue;
  readonly after: JsonValue;
}

type Plain = JsonValue | undefined;

/**
 * A state as plain JSON, so that two can be compared: maps become objects keyed as the map is
 * (ids), sets become arrays, bigints decimal text; insertion order is kept.
 */
export function plainView(value: unknown): Plain {
  if (value === null || value === undefined) return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return value as JsonValue;
  if (Array.isArray(value) || value instanceof Set) {
    return [...(value as Iterable<unknown>)].map((item) => plainView(item) ?? null);
  }
  const entries: [unknown, unknown][] = value instanceof Map ? [...value] : Object.entries(value);
  const plain: Record<string, JsonValue> = {};
  for (const [key, item] of entries) {
    const itemView = plainView(item);
    if (itemView !== undefined) plain[String(key)] = itemView;
  }
  return plain;
}

/**
 * Every leaf that differs between two states, field by field: objects (and maps) are followed
 * key by key, and an object that appears or goes is listed by its fields; anything else,
 * arrays included, is one value. Paths come in the order of the later state's fields, then
 * those only the earlier one had.
 */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  collect(plainView(before), plainView(after), [], changes);
  return changes;
}

function collect(before: Plain, after: Plain, path: string[], changes: FieldChange[]): void {
  if (isObject(before) || isObject(after)) {
    const earlier = isObject(before) ? before : {};
    const later = isObject(after) ? after : {};
    if (!isObject(before) && before !== undefined && before !== null) {
      changes.push({ path: path.join('.'), before, after: null });
    }
    for (const key of new Set([...Object.keys(later), ...Object.keys(earlier)])) {
      collect(earlier[key], later[key], [...path, key], changes);
    }
    if (!isObject(after) && after !== undefined && after !== null) {
      changes.push({ path: path.join('.'), before: null, after });
    }
    return;
  }
  const was = before ?? null;
  const is = after ?? null;
  if (canonicalJson(was) !== canonicalJson(is)) {
    changes.push({ path: path.join('.'), before: was, after: is });
  }
}

function isObject(value: Plain): value is { readonly [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
