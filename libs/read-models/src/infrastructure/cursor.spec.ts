import fc from 'fast-check';
import { decodeCursor, encodeCursor, InvalidCursorError } from './cursor';

describe('keyset cursors', () => {
  it('give back the values they were made from', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 4 }),
        (values) => {
          expect(decodeCursor(encodeCursor(values), values.length)).toEqual(values.map(String));
        },
      ),
    );
  });

  it.each([
    ['garbage', 'not a cursor at all!'],
    ['the wrong number of values', encodeCursor(['a', 'b'])],
    ['a JSON object', Buffer.from('{"a":1}').toString('base64url')],
  ])('refuse %s', (_name, cursor) => {
    expect(() => decodeCursor(cursor, 1)).toThrow(InvalidCursorError);
  });
});
