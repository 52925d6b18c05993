import fc from 'fast-check';
import { decodeHash, decodeHashes, decodeHex, requireHash } from './hex';

const HASH = 'ab'.repeat(32);

describe('reading hex from outside', () => {
  it('decodes lowercase hex of the expected length', () => {
    expect(decodeHex('00ff7a', 3)).toEqual(Buffer.from([0x00, 0xff, 0x7a]));
    expect(decodeHash(HASH)).toEqual(Buffer.alloc(32, 0xab));
  });

  it.each([
    ['too short', 'ab'.repeat(31)],
    ['too long', 'ab'.repeat(33)],
    ['odd length', `${HASH}a`],
    ['uppercase, a second spelling of the same bytes', 'AB'.repeat(32)],
    ['a character that is not hex, which Node would silently stop at', `${'ab'.repeat(31)}zz`],
    ['whitespace', ` ${HASH.slice(1)}`],
  ])('refuses a hash that is %s', (_name, text) => {
    expect(decodeHash(text)).toBeUndefined();
    expect(() => requireHash(text, 'root')).toThrow('root must be 64 lowercase hex characters');
  });

  it('refuses what is not text at all', () => {
    expect(decodeHash(undefined)).toBeUndefined();
    expect(decodeHash(42)).toBeUndefined();
  });

  it('decodes a list only when every item is a hash', () => {
    expect(decodeHashes([HASH, HASH])).toHaveLength(2);
    expect(decodeHashes([HASH, 'nope'])).toBeUndefined();
    expect(decodeHashes([])).toEqual([]);
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        const text = Buffer.from(bytes).toString('hex');
        expect(decodeHex(text, bytes.length)).toEqual(Buffer.from(bytes));
      }),
    );
  });
});
