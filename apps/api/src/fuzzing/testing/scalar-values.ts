import fc from 'fast-check';
import { assertNever } from '@concordat/shared-kernel';
import { IDENTIFIER } from '../../graphql/command-input';
import { deeplyNested, longList, repeatedText } from './oversized';

/** The existing ids worth aiming at, by the name of the field that takes them. */
export type KnownIds = Readonly<Record<string, readonly string[]>>;

/** What a String field holds, judged from its name and description, so it gets its own values. */
export type TextKind =
  | { readonly kind: 'identifier' }
  | { readonly kind: 'revision' }
  | { readonly kind: 'date' }
  | { readonly kind: 'choice'; readonly values: readonly string[] }
  | { readonly kind: 'url' }
  | { readonly kind: 'currency' }
  | { readonly kind: 'text' };

/** An argument or input field: what the generators know about where a value goes. */
export interface Slot {
  readonly name: string;
  readonly description?: string | null;
}

const ID_FIELDS = new Set([
  'id',
  'supersedes',
  'supersededBy',
  'attendees',
  'apologies',
  'takingPart',
]);
const DATE_FIELDS = new Set(['date', 'on', 'from', 'to', 'start', 'end']);

export function textKindOf({ name, description }: Slot): TextKind {
  const choices = /One of: ([a-z_, ]+)\./.exec(description ?? '')?.[1];
  if (choices) return { kind: 'choice', values: choices.split(', ') };
  if (name === 'expectedRevision') return { kind: 'revision' };
  if (name === 'currency') return { kind: 'currency' };
  if (name.endsWith('Url')) return { kind: 'url' };
  if (DATE_FIELDS.has(name) || /(On|Date|Start|End)$/.test(name)) return { kind: 'date' };
  if (ID_FIELDS.has(name) || /Ids?$/.test(name)) return { kind: 'identifier' };
  return { kind: 'text' };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Values a careful client would send: existing ids, real dates, listed choices. */
export function plausibleText(slot: Slot, ids: KnownIds): fc.Arbitrary<string> {
  const kind = textKindOf(slot);
  switch (kind.kind) {
    case 'identifier': {
      const known = ids[slot.name] ?? Object.values(ids).flat();
      const fresh = fc.stringMatching(IDENTIFIER);
      if (known.length === 0) return fresh;
      return fc.oneof(
        { arbitrary: fc.constantFrom(...known), weight: 3 },
        { arbitrary: fresh, weight: 1 },
      );
    }
    case 'revision':
      return fc.nat({ max: 3 }).map(String);
    case 'date':
      return fc
        .date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
        .map(isoDay);
    case 'choice':
      return fc.constantFrom(...kind.values);
    case 'url':
      return fc.webUrl({ validSchemes: ['https'] });
    case 'currency':
      return fc.constantFrom('GBP', 'EUR');
    case 'text':
      return fc.oneof(
        fc.constantFrom('Orkney Islands', 'Kirkwall', 'The board agreed.'),
        fc.string({ minLength: 1, maxLength: 60 }),
      );
    default:
      return assertNever(kind, 'text kind');
  }
}

/** Just past the bounds the inputs set (200, 500, 2 000, 5 000, 20 000 characters). */
const BOUNDARY_LENGTHS = [81, 201, 501, 2001, 5001, 20_001];

/** Strings that are strings, and nothing a client should get away with or crash a server by. */
const HOSTILE_TEXT: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    repeatedText('x', 1_000_000),
    repeatedText('x', 100_000),
    repeatedText('é', 50_000),
    repeatedText('\u{1F3DD}', 25_000),
    ...BOUNDARY_LENGTHS.map((length) => repeatedText('a', length)),
  ),
  fc.constantFrom(
    '',
    ' ',
    '\t\r\n',
    '\u0000',
    'Orkney\u0000Islands',
    '\u0001\u0007\u001b[31m\u007f',
    '\ud800',
    'isles\udfff',
    '\u202eslenaP raloS\u202c',
    '\u200b\u200c\u200d\ufeff',
    '\u0645\u062c\u0644\u0633 Orkney',
    "Robert'); DROP TABLE concordat_events;--",
    "' OR '1'='1",
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '${7*7}{{7*7}}',
    '../../../etc/passwd',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    'null',
    'undefined',
    '__proto__',
    'constructor',
    '%s%n%x',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const HOSTILE_BY_KIND: Record<TextKind['kind'], readonly string[]> = {
  identifier: ['orkney cpp', 'a/b', '-leading', '.', 'ＯＲＫＮＥＹ', 'café', 'orkney\n', '*', '%'],
  revision: ['-1', '1.5', '1e3', '0x10', ' 1', '\u0663', '999999999999999999', '9'.repeat(19)],
  date: [
    '0000-00-00',
    '9999-12-31',
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '0001-01-01',
    '1900-01-01',
    '2999-01-01',
    '2024-1-1',
    '2024/01/01',
    '2024-01-01T00:00:00Z',
    '+275760-09-13',
    '\u0661\u0669\u0669\u0660-\u0660\u0661-\u0660\u0661',
  ],
  choice: ['OTHER', 'other ', 'council,police', 'toString', 'hasOwnProperty'],
  url: [
    'http://example.org/report',
    'javascript:alert(1)',
    'https://',
    'https://exa mple.org',
    'file:///etc/passwd',
    'https://example.org/\u0000',
  ],
  currency: ['gbp', 'GB', 'GBPX', '£', 'XXX', 'GB\u0000'],
  text: [],
};

export function hostileText(slot: Slot): fc.Arbitrary<unknown> {
  const own = HOSTILE_BY_KIND[textKindOf(slot).kind];
  return own.length > 0 ? fc.oneof(fc.constantFrom(...own), HOSTILE_TEXT) : HOSTILE_TEXT;
}

export const plausibleFloat: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 10_000_000_000 }),
  fc.constantFrom(0.5, 1.25, 33.33, 78.5),
);

/** Numbers JSON can carry (it has no NaN or Infinity): signs, edges, fractions and giants. */
export const hostileFloat: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    -1,
    -0.01,
    -0,
    0,
    0.1 + 0.2,
    1 / 3,
    100.001,
    1e-7,
    1e21,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    2 ** 64,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export const plausibleInt: fc.Arbitrary<number> = fc.integer({ min: 0, max: 12 });

export const hostileInt: fc.Arbitrary<number> = fc.constantFrom(
  -1,
  -(2 ** 31),
  2 ** 31 - 1,
  2 ** 31,
  1.5,
  1e10,
  Number.MAX_SAFE_INTEGER,
);

/**
 * Values of another type altogether: numbers for strings, objects for scalars and the like. Nesting
 * stops at 1 000 deep because JSON.stringify, here in the test, runs out of stack near 5 000.
 */
export const wronglyTyped: fc.Arbitrary<unknown> = fc.constantFrom(
  0,
  -1.5,
  true,
  'text',
  null,
  {},
  { value: 1 },
  [],
  ['x', 1],
  deeplyNested(100),
  deeplyNested(1_000),
  longList(0, 10_000),
);
