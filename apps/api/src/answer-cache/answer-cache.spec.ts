import fc from 'fast-check';
import { AnswerCache } from './answer-cache';

describe('the answer cache', () => {
  it('gives back an answer kept at the same stamp, and nothing once a newer stamp is seen', () => {
    const cache = new AnswerCache<string>(1_000);
    cache.set(3, 'q', 'answer', 10);
    expect(cache.get(3, 'q')).toBe('answer');
    expect(cache.get(4, 'q')).toBeUndefined();
    expect(cache.get(3, 'q')).toBeUndefined();
    expect(cache.keptSize).toBe(0);
  });

  it('refuses an answer read at a stamp older than one already seen', () => {
    const cache = new AnswerCache<string>(1_000);
    expect(cache.get(5, 'q')).toBeUndefined();
    cache.set(4, 'q', 'read before the move', 10);
    expect(cache.get(5, 'q')).toBeUndefined();
  });

  it('lets the least recently used answer go first when the budget is spent', () => {
    const cache = new AnswerCache<string>(800);
    cache.set(1, 'a', 'A', 100);
    cache.set(1, 'b', 'B', 100);
    expect(cache.get(1, 'a')).toBe('A');
    for (const key of ['c', 'd', 'e', 'f', 'g', 'h', 'i']) cache.set(1, key, key, 100);
    expect(cache.get(1, 'b')).toBeUndefined();
    expect(cache.get(1, 'a')).toBe('A');
    expect(cache.get(1, 'i')).toBe('i');
    expect(cache.keptSize).toBe(800);
  });

  it('keeps no answer larger than an eighth of its budget', () => {
    const cache = new AnswerCache<string>(800);
    cache.set(1, 'small', 's', 100);
    cache.set(1, 'large', 'l', 101);
    expect(cache.get(1, 'small')).toBe('s');
    expect(cache.get(1, 'large')).toBeUndefined();
  });

  // A model: the last answer kept for a key at the newest stamp seen, if it still fits.
  type Step =
    | { readonly kind: 'get'; readonly stamp: number; readonly key: string }
    | { readonly kind: 'set'; readonly stamp: number; readonly key: string; readonly size: number }
    | { readonly kind: 'clear' };
  const key = fc.constantFrom('a', 'b', 'c', 'd', 'e');
  const stamp = fc.integer({ min: 0, max: 4 });
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('get' as const), stamp, key }),
    fc.record({
      kind: fc.constant('set' as const),
      stamp,
      key,
      size: fc.integer({ min: 1, max: 120 }),
    }),
    fc.constant({ kind: 'clear' as const }),
  );

  it('never answers with anything but the last answer kept for that key at the newest stamp, within budget', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const budget = 800;
        const cache = new AnswerCache<string>(budget);
        let newest = -1;
        const latest = new Map<string, string>();
        steps.forEach((current, index) => {
          if (current.kind === 'clear') {
            cache.clear();
            latest.clear();
            return;
          }
          if (current.stamp > newest) {
            newest = current.stamp;
            latest.clear();
          }
          if (current.kind === 'set') {
            const answer = `${current.key}@${current.stamp}#${index}`;
            cache.set(current.stamp, current.key, answer, current.size);
            // An answer read at an older stamp, or too large to keep, is refused and changes
            // nothing: what was kept at the newest stamp is still that stamp's answer.
            if (current.stamp === newest && current.size <= budget / 8) {
              latest.set(current.key, answer);
            }
            return;
          }
          const got = cache.get(current.stamp, current.key);
          if (got !== undefined) {
            expect(current.stamp).toBe(newest);
            expect(got).toBe(latest.get(current.key));
          }
          expect(cache.keptSize).toBeLessThanOrEqual(budget);
        });
      }),
    );
  });
});
