import fc from 'fast-check';
import { anEvent } from '../testing/event-builder';
import { sealedChain } from '../testing/sealed-chain';
import type { StoredEvent } from '../port/events';
import { verifyStreamChain } from './verify-stream-chain';

const chain = () => sealedChain('agreement-7', anEvent().buildMany(6));
const breaksIn = (events: StoredEvent[]) =>
  [...verifyStreamChain(events)].map((found) => Number(found.streamRevision));

describe('verifying a stream hash chain', () => {
  it('finds nothing wrong with an untouched chain', () => {
    expect(breaksIn(chain())).toEqual([]);
  });

  it('locates a changed value in an event data to its revision', () => {
    const events = chain();
    events[3] = { ...events[3]!, data: { ...events[3]!.data, sequence: 99 } };
    expect(breaksIn(events)).toEqual([3]);
  });

  it('locates a changed canonical text even when the fields still match it', () => {
    const events = chain();
    events[2] = {
      ...events[2]!,
      canonical: events[2]!.canonical.replace('"sequence":2', '"sequence":7'),
    };
    expect(breaksIn(events)).toContain(2);
  });

  it('locates a deleted event', () => {
    const events = chain();
    events.splice(4, 1);
    expect(breaksIn(events)).toContain(5);
  });

  it('locates two swapped events', () => {
    const events = chain();
    [events[1], events[2]] = [events[2]!, events[1]!];
    expect(breaksIn(events)).toEqual(expect.arrayContaining([2, 1]));
  });

  it('locates a rewritten event whose own hash was recomputed, at its successor', () => {
    const events = chain();
    const [forged] = sealedChain('agreement-7', [{ ...events[0]!, data: { forged: true } }]);
    events[0] = forged!;
    expect(breaksIn(events)).toEqual([1]);
  });

  it('detects any single changed character in any event', () => {
    const events = chain();
    fc.assert(
      fc.property(
        fc.nat({ max: events.length - 1 }),
        fc.nat(),
        fc.constantFrom<'canonical' | 'hash' | 'previousHash'>('canonical', 'hash', 'previousHash'),
        (index, offset, field) => {
          const copy = [...events];
          const target = copy[index]!;
          const text = target[field];
          const at = offset % text.length;
          const changed = text.slice(0, at) + (text[at] === 'a' ? 'b' : 'a') + text.slice(at + 1);
          copy[index] = { ...target, [field]: changed };
          expect(breaksIn(copy).length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
