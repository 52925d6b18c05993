import type { StoredEvent } from '@concordat/event-store';
import { generateConsistencyProof, generateInclusionProof } from '@concordat/integrity';
import type { StoredCheckpoint } from '../checkpoints/checkpoint-store';
import { leafOfEvent } from '../log/leaf-of-event';
import { EventNotCovered, LogDiffersFromCheckpoint } from './proof-refusals';
import {
  publishedCheckpoint,
  type PublishedConsistencyProof,
  type PublishedInclusionProof,
} from './published-proof';

/**
 * The checkpoints a ProvableLog has checked against the log, and proofs against them from the
 * leaves it holds. The leaves are shared with the log, which only ever appends to them, and
 * every tree proven here is no larger than the leaves held when the source was made.
 */
export class ProofSource {
  constructor(
    /** The smallest tree first. */
    readonly checkpoints: readonly StoredCheckpoint[],
    private readonly leaves: readonly string[],
    private readonly positions: readonly bigint[],
  ) {}

  latest(): StoredCheckpoint | undefined {
    return this.checkpoints.at(-1);
  }

  ofTreeSize(treeSize: bigint): StoredCheckpoint | undefined {
    return this.checkpoints.find((checkpoint) => BigInt(checkpoint.treeSize) === treeSize);
  }

  /** That the event is a leaf of the checkpoint's tree; `event` is read from the store. */
  inclusionProof(event: StoredEvent, checkpoint: StoredCheckpoint): PublishedInclusionProof {
    const treeSize = BigInt(checkpoint.treeSize);
    const index = this.indexOf(event.globalPosition);
    if (index === undefined || BigInt(index) >= treeSize) {
      throw new EventNotCovered(event.globalPosition, checkpoint.treeSize);
    }
    const leafHash = leafOfEvent(event);
    if (leafHash !== this.leaves[index]) {
      throw new LogDiffersFromCheckpoint(
        `the event at position ${event.globalPosition} is not the one the checkpoint of tree ` +
          `size ${checkpoint.treeSize} signed`,
      );
    }
    return {
      eventId: event.id,
      globalPosition: event.globalPosition.toString(),
      eventHash: event.hash,
      leafHash,
      leafIndex: index.toString(),
      treeSize: checkpoint.treeSize,
      auditPath: generateInclusionProof(this.leaves, BigInt(index), treeSize),
      checkpoint: publishedCheckpoint(checkpoint),
    };
  }

  /** That the tree of `from` is a prefix of the tree of `to`, which must be no smaller. */
  consistencyProof(from: StoredCheckpoint, to: StoredCheckpoint): PublishedConsistencyProof {
    return {
      fromTreeSize: from.treeSize,
      toTreeSize: to.treeSize,
      consistencyPath: generateConsistencyProof(
        this.leaves,
        BigInt(from.treeSize),
        BigInt(to.treeSize),
      ),
      from: publishedCheckpoint(from),
      to: publishedCheckpoint(to),
    };
  }

  /** The leaf index of the event at `position`, by binary search over the positions held. */
  private indexOf(position: bigint): number | undefined {
    let low = 0;
    let high = this.positions.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const candidate = this.positions[middle]!;
      if (candidate === position) return middle;
      if (candidate < position) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}
