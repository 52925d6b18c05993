import type { EventStore } from '@concordat/event-store';
import { MerkleRootBuilder, signCheckpoint } from '@concordat/integrity';
import { leafOfEvent } from '../log/leaf-of-event';
import { readLogToHead } from '../log/read-log-to-head';
import { CheckpointRefused } from './checkpoint-refused';
import type { CheckpointStore, StoredCheckpoint } from './checkpoint-store';

export interface CheckpointRequest {
  readonly events: EventStore;
  readonly checkpoints: CheckpointStore;
  readonly privateKeyPem: string;
  /** When the checkpoint is issued; the caller reads the clock. */
  readonly issuedAt: string;
  readonly onProgress?: (eventsRead: number) => void;
}

export interface IssuedCheckpoint {
  readonly checkpoint: StoredCheckpoint;
  /** False when the log has not grown since the latest checkpoint, which is answered instead. */
  readonly created: boolean;
}

/**
 * Signs the Merkle root of the whole log, read once in position order, and keeps the checkpoint.
 * The log must extend the latest checkpoint: a signer that blessed a log whose older part no
 * longer matches what it signed before would launder the tampering it should expose.
 */
export async function issueCheckpoint(request: CheckpointRequest): Promise<IssuedCheckpoint> {
  const latest = await request.checkpoints.latest();
  const latestSize = latest && BigInt(latest.treeSize);
  const tree = new MerkleRootBuilder();
  let lastPosition: bigint | undefined;
  for await (const event of readLogToHead(request.events)) {
    tree.append(leafOfEvent(event));
    lastPosition = event.globalPosition;
    if (latest && tree.size === latestSize && tree.root() !== latest.rootHash) {
      throw new CheckpointRefused(
        `the log's first ${latestSize} events no longer have the root the checkpoint of tree ` +
          `size ${latestSize} signed; run concordat audit verify`,
      );
    }
    request.onProgress?.(Number(tree.size));
  }
  if (lastPosition === undefined) {
    throw new CheckpointRefused('the log is empty: there is nothing to sign');
  }
  if (latestSize !== undefined && tree.size < latestSize) {
    throw new CheckpointRefused(
      `the log holds ${tree.size} events, fewer than the ${latestSize} the latest checkpoint ` +
        `covers; run concordat audit verify`,
    );
  }
  if (latest && tree.size === latestSize) return { checkpoint: latest, created: false };
  const signed = signCheckpoint(
    { treeSize: tree.size.toString(), rootHash: tree.root(), issuedAt: request.issuedAt },
    request.privateKeyPem,
  );
  const checkpoint: StoredCheckpoint = { ...signed, lastPosition };
  await request.checkpoints.append(checkpoint);
  return { checkpoint, created: true };
}
