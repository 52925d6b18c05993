import type { StoredEvent } from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import { sealedChain } from '@concordat/event-store/testing/sealed-chain';
import { merkleTreeHash, signCheckpoint } from '@concordat/integrity';
import type { StoredCheckpoint } from '../checkpoints/checkpoint-store';
import { leafOfEvent } from '../log/leaf-of-event';

/**
 * A log as a SQL store would hold it, without a database: each stream sealed into its chain, the
 * streams interleaved one event at a time, global positions 10, 20, 30...
 */
export function interleavedLog(streamLengths: Readonly<Record<string, number>>): StoredEvent[] {
  const chains = Object.entries(streamLengths).map(([streamId, length]) =>
    sealedChain(streamId, anEvent().buildMany(length)),
  );
  const longest = Math.max(...chains.map((chain) => chain.length));
  const log: StoredEvent[] = [];
  for (let revision = 0; revision < longest; revision += 1) {
    for (const chain of chains) {
      const event = chain[revision];
      if (event) log.push({ ...event, globalPosition: BigInt((log.length + 1) * 10) });
    }
  }
  return log;
}

/** A checkpoint of the log's first `size` events, its root computed by RFC 9162's MTH itself. */
export function checkpointOf(
  log: readonly StoredEvent[],
  size: number,
  privateKeyPem: string,
): StoredCheckpoint {
  const signed = signCheckpoint(
    {
      treeSize: String(size),
      rootHash: merkleTreeHash(log.slice(0, size).map(leafOfEvent)),
      issuedAt: '2013-04-01T10:00:00.000Z',
    },
    privateKeyPem,
  );
  return { ...signed, lastPosition: log[size - 1]!.globalPosition };
}

export async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
