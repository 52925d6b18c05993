import type { JsonValue } from './json';

export class NotCanonicalisableError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`value at ${path || '$'} cannot be canonicalised: ${reason}`);
    this.name = 'NotCanonicalisableError';
  }
}

/**
 * RFC 8785 (JSON Canonicalization Scheme). ECMAScript's own number and string serialisation is
 * what the RFC prescribes, so only key ordering (by UTF-16 code units, which is what the default
 * sort compares) and the refusal of values JSON cannot carry are ours to do. Anything that would
 * not survive a round trip (undefined, NaN, Infinity, bigint, functions, class instances) is
 * refused rather than silently dropped, because a hash over a lossy text would not prove anything.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$');
}

function serialise(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new NotCanonicalisableError(path, 'number is not finite');
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? serialiseArray(value, path) : serialiseObject(value, path);
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      break;
  }
  throw new NotCanonicalisableError(path, `${typeof value} is not a JSON value`);
}

function serialiseArray(items: readonly unknown[], path: string): string {
  return `[${items.map((item, index) => serialise(item, `${path}[${index}]`)).join(',')}]`;
}

function serialiseObject(value: object, path: string): string {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new NotCanonicalisableError(path, 'only plain objects are JSON objects');
  }
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${serialise(record[key], `${path}.${key}`)}`);
  return `{${members.join(',')}}`;
}

/** Parses text produced by canonicalJson back into a value. */
export function parseJson(text: string): JsonValue {
  return JSON.parse(text) as JsonValue;
}
