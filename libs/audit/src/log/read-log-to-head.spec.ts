import type { EventStore, ReadAllOptions, StoredEvent } from '@concordat/event-store';
import { readLogToHead } from './read-log-to-head';

const at = (position: number) => ({ globalPosition: BigInt(position) }) as StoredEvent;

/** A store whose log holds `positions`, with the pages it is asked for recorded in order. */
function storeHolding(positions: readonly number[], emptyAnswers = 0) {
  const asked: (bigint | undefined)[] = [];
  let empty = emptyAnswers;
  const store = {
    headPosition: async () => (positions.length ? BigInt(positions.at(-1)!) : null),
    readAll: async ({ after, maxCount }: ReadAllOptions) => {
      asked.push(after);
      if (empty > 0 && after !== undefined) {
        empty -= 1;
        return []; // an older transaction is still open: nothing below the horizon yet
      }
      return positions
        .filter((p) => BigInt(p) > (after ?? -1n))
        .slice(0, maxCount)
        .map(at);
    },
  } as unknown as EventStore;
  return { store, asked };
}

async function positionsRead(store: EventStore, pageSize: number): Promise<number[]> {
  const read: number[] = [];
  for await (const event of readLogToHead(store, pageSize)) read.push(Number(event.globalPosition));
  return read;
}

describe('reading the whole log up to its head', () => {
  it('asks for the next page before the caller has worked through this one', async () => {
    const { store, asked } = storeHolding([10, 20, 30, 40, 50]);
    const events = readLogToHead(store, 2);

    await events.next();

    expect(asked).toEqual([undefined, 20n]);
    await events.return(undefined);
  });

  it('reads every event once, in order, and asks for nothing past the head', async () => {
    const { store, asked } = storeHolding([10, 20, 30, 40, 50]);

    expect(await positionsRead(store, 2)).toEqual([10, 20, 30, 40, 50]);
    expect(asked).toEqual([undefined, 20n, 40n]);
  });

  it('waits and reads on when a page before the head comes back empty', async () => {
    const { store, asked } = storeHolding([10, 20, 30], 2);

    expect(await positionsRead(store, 2)).toEqual([10, 20, 30]);
    expect(asked).toEqual([undefined, 20n, 20n, 20n]);
  });

  it('reads nothing from an empty log', async () => {
    const { store, asked } = storeHolding([]);

    expect(await positionsRead(store, 2)).toEqual([]);
    expect(asked).toEqual([]);
  });
});
