import { SnapshotCache } from './snapshot-cache';
import type { StreamSnapshot } from './stream-fold';

const at = (revision: number, streamId = 's-1'): StreamSnapshot<string> => {
  const event = {
    eventId: `${streamId}/${revision}`,
    type: 'Happened',
    streamId,
    revision: BigInt(revision),
    position: BigInt(revision),
    recordedAt: '2013-04-01T09:00:00.000Z',
    occurredAt: '2013-04-01T09:00:00.000Z',
    actor: 'user:officer',
    commandId: null,
    correlationId: 'c',
  };
  return {
    streamId,
    state: `state ${revision}`,
    revision: BigInt(revision),
    first: event,
    last: event,
  };
};

describe('the snapshot cache', () => {
  it('finds the nearest snapshot at or before a revision, of the stream asked about', () => {
    const cache = new SnapshotCache(10);
    cache.remember('s-1', at(250));
    cache.remember('s-1', at(0));
    cache.remember('s-1', at(500));
    cache.remember('s-2', at(400, 's-2'));

    expect(cache.nearest('s-1', 499n)?.revision).toBe(250n);
    expect(cache.nearest('s-1', 500n)?.revision).toBe(500n);
    expect(cache.nearest('s-1', 10_000n)?.revision).toBe(500n);
    expect(cache.nearest('s-1', 0n)?.revision).toBe(0n);
    expect(cache.nearest('s-2', 399n)).toBeUndefined();
    expect(cache.nearest('s-3', 10n)).toBeUndefined();
  });

  it('holds at most its capacity, dropping the least recently used', () => {
    const cache = new SnapshotCache(2);
    cache.remember('s-1', at(1));
    cache.remember('s-1', at(2));
    cache.nearest('s-1', 1n);
    cache.remember('s-1', at(3));

    expect(cache.size).toBe(2);
    expect(cache.nearest('s-1', 2n)?.revision).toBe(1n);
    expect(cache.nearest('s-1', 3n)?.revision).toBe(3n);
  });

  it('keeps one entry for a snapshot remembered twice', () => {
    const cache = new SnapshotCache(2);
    cache.remember('s-1', at(1));
    cache.remember('s-1', at(1));

    expect(cache.size).toBe(1);
  });

  it('needs room for one snapshot at least', () => {
    expect(() => new SnapshotCache(0)).toThrow(RangeError);
  });
});
