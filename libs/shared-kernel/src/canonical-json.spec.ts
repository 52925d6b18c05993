import fc from 'fast-check';
import { canonicalJson, NotCanonicalisableError } from './canonical-json';

describe('RFC 8785 canonical JSON', () => {
  it('orders object keys by UTF-16 code units, recursively, without whitespace', () => {
    const value = {
      b: [3, { z: 1, a: 2 }],
      a: 'x',
      '\u20ac': 1,
      '\r': 2,
      '\ud83d\ude00': 3,
      '1': 4,
    };
    expect(canonicalJson(value)).toBe('{"\\r":2,"1":4,"a":"x","b":[3,{"a":2,"z":1}],"€":1,"😀":3}');
  });

  it('writes numbers the way ECMAScript does, as the RFC prescribes', () => {
    expect(canonicalJson([0, -0, 1e21, 1e-7, 0.000001, 333333333.3333333, 1e23, -1.5e-300])).toBe(
      '[0,0,1e+21,1e-7,0.000001,333333333.3333333,1e+23,-1.5e-300]',
    );
  });

  it('escapes only what JSON requires in strings', () => {
    expect(canonicalJson('\u0007 "quoted" \\ / é \u2028')).toBe(
      '"\\u0007 \\"quoted\\" \\\\ / é \u2028"',
    );
  });

  it.each([
    ['undefined', { a: undefined }, '$.a'],
    ['NaN', [1, Number.NaN], '$[1]'],
    ['Infinity', { n: Number.POSITIVE_INFINITY }, '$.n'],
    ['a bigint', { n: 1n }, '$.n'],
    ['a Date', { when: new Date(0) }, '$.when'],
    ['a function', { f: () => 1 }, '$.f'],
  ])('refuses %s rather than dropping or changing it', (_name, value, path) => {
    expect(() => canonicalJson(value)).toThrow(NotCanonicalisableError);
    expect(() => canonicalJson(value)).toThrow(path);
  });

  it('is a fixed point: parsing canonical text and canonicalising again changes nothing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('does not depend on the order in which keys were inserted', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
      }),
    );
  });

  it('agrees with JSON.parse on the value it describes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
