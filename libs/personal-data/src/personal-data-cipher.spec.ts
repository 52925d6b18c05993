import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { JsonValue } from '@concordat/shared-kernel';
import { openValue, SealedValueAltered, sealValue } from './personal-data-cipher';
import type { SealedValue } from './sealed-value';

const key = randomBytes(32);
const json: fc.Arbitrary<JsonValue> = fc.jsonValue() as fc.Arbitrary<JsonValue>;

/** Flips one bit of a base64url field. */
function flipped(text: string, at: number): string {
  const bytes = Buffer.from(text, 'base64url');
  const index = at % bytes.length;
  bytes[index] = (bytes[index] ?? 0) ^ 1;
  return bytes.toString('base64url');
}

describe('sealing a personal value', () => {
  it('opens to the value sealed, under the same key and place', () => {
    fc.assert(
      fc.property(json, fc.string(), fc.string(), (value, subject, context) => {
        const sealed = sealValue(key, subject, context, value);
        expect(openValue(key, context, sealed)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('gives the same bytes for the same value in the same place, and others for any other', () => {
    fc.assert(
      fc.property(json, json, fc.string(), (a, b, context) => {
        const first = sealValue(key, 'orkney/bob', context, a);
        expect(sealValue(key, 'orkney/bob', context, a)).toEqual(first);
        const other = sealValue(key, 'orkney/bob', context, b);
        if (JSON.stringify(a) !== JSON.stringify(b)) expect(other.nonce).not.toBe(first.nonce);
        expect(sealValue(key, 'orkney/bob', `${context}!`, a).ciphertext).not.toBe(
          first.ciphertext,
        );
      }),
    );
  });

  it('holds nothing of the value in clear', () => {
    const sealed = sealValue(key, 'orkney/bob', 'event#name', 'Bob Muir');
    // The surname: the key is random, and "Bob" turns up in its ciphertext about once in 6,000 runs.
    expect(JSON.stringify(sealed)).not.toContain('Muir');
    expect(Buffer.from(sealed.ciphertext, 'base64url').toString('latin1')).not.toContain('Muir');
  });

  it('refuses to open anything altered, moved or under another key', () => {
    fc.assert(
      fc.property(json, fc.nat(), (value, at) => {
        const sealed = sealValue(key, 'orkney/bob', 'event#name', value);
        const altered: Array<[Buffer, string, SealedValue]> = [
          [key, 'event#name', { ...sealed, ciphertext: flipped(sealed.ciphertext, at) }],
          [key, 'event#name', { ...sealed, nonce: flipped(sealed.nonce, at) }],
          [key, 'event#name', { ...sealed, subject: 'orkney/ann' }],
          [key, 'other-event#name', sealed],
          [randomBytes(32), 'event#name', sealed],
        ];
        for (const [withKey, context, candidate] of altered) {
          expect(() => openValue(withKey, context, candidate)).toThrow(SealedValueAltered);
        }
      }),
      { numRuns: 50 },
    );
  });
});
