import type { StoredEvent } from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import { sealedChain } from '@concordat/event-store/testing/sealed-chain';
import { StreamChains } from './stream-chains';

// One stream at positions 1000, 1001, ...: revision r is at position 1000 + r.
const chain = () => sealedChain('meeting-4', anEvent().buildMany(8));

function breaksIn(log: readonly StoredEvent[]) {
  const chains = new StreamChains();
  const found = log.flatMap((event) => chains.check(event));
  return [...found, ...chains.missing()].map(({ streamRevision, reason, earliestPosition }) => ({
    revision: Number(streamRevision),
    reason,
    earliestPosition: Number(earliestPosition),
  }));
}

describe('stream chains checked in one pass over the log', () => {
  it('find nothing wrong with untouched streams, however they interleave', () => {
    const [first, second] = [chain(), sealedChain('meeting-5', anEvent().buildMany(3))];
    const chains = new StreamChains();
    const log = [...first.slice(0, 4), ...second, ...first.slice(4)];

    expect(log.flatMap((event) => chains.check(event))).toEqual([]);
    expect(chains.missing()).toEqual([]);
    expect(chains.streamCount).toBe(2);
  });

  it('report several missing revisions in a row once', () => {
    const log = chain();
    log.splice(3, 3);

    expect(breaksIn(log)).toEqual([
      {
        revision: 3,
        reason:
          'missing, as are the revisions up to 5: revision 6 at position 1006 follows revision 2 at position 1002',
        earliestPosition: 1003,
      },
    ]);
  });

  it('report a missing first revision', () => {
    expect(breaksIn(chain().slice(1))).toEqual([
      {
        revision: 0,
        reason: 'missing: revision 1 at position 1001 follows the start of the stream',
        earliestPosition: 0,
      },
    ]);
  });

  it('place a late revision where it belonged, not where it was found', () => {
    const log = chain();
    const [late] = log.splice(2, 1);
    log.push(late!);

    expect(breaksIn(log)).toEqual([
      {
        revision: 2,
        reason: 'out of order at position 1002, after revision 7 at position 1007',
        earliestPosition: 1002,
      },
    ]);
  });

  it('report a revision that appears twice', () => {
    const log = chain();
    log.push({ ...log[4]!, globalPosition: 2000n });

    expect(breaksIn(log)).toEqual([
      {
        revision: 4,
        reason: 'repeated at position 2000, after revision 7 at position 1007',
        earliestPosition: 2000,
      },
    ]);
  });

  it('report a first event that does not start from the genesis hash', () => {
    const log = chain();
    log[0] = { ...log[0]!, previousHash: 'f'.repeat(64) };

    expect(breaksIn(log).map(({ reason }) => reason)).toEqual([
      'stored fields differ from the text that was hashed at position 1000',
      'previous hash is not the genesis hash at position 1000',
    ]);
  });
});
