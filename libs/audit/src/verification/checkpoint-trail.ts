import type { StoredEvent } from '@concordat/event-store';
import {
  generateConsistencyProof,
  MerkleRootBuilder,
  verifyCheckpoint,
  verifyConsistency,
} from '@concordat/integrity';
import type { StoredCheckpoint } from '../checkpoints/checkpoint-store';
import { leafOfEvent } from '../log/leaf-of-event';
import { compareBigInt } from './compare-bigint';
import type { CheckpointProblem, TreeProblem } from './integrity-problem';

export interface CheckpointVerdicts {
  readonly problems: readonly (TreeProblem | CheckpointProblem)[];
  /** Checkpoints signed by the key whose root is the log's root at their size. */
  readonly verified: number;
  /** Consecutive checkpoints proven, by a consistency proof, to sign one growing log. */
  readonly consistentPairs: number;
  readonly pairs: number;
}

/**
 * The Merkle tree over the log, grown one event at a time and held against every checkpoint as
 * its size is reached. The leaf hashes are kept up to the largest checkpoint, since a consistency
 * proof is generated from the leaves themselves.
 */
export class CheckpointTrail {
  private readonly tree = new MerkleRootBuilder();
  private readonly sizes: readonly bigint[];
  private readonly signedSizes: ReadonlySet<bigint>;
  private readonly leaves: string[] = [];
  private readonly recomputedRoots = new Map<bigint, string>();
  /** For each checkpoint, how many events the log now holds up to the position its tree ended at. */
  private readonly eventsUpToEnd: bigint[];
  private readonly byEnd: readonly number[];
  private endsPassed = 0;
  private lastPosition: bigint | undefined;

  /** `checkpoints` in order of tree size. */
  constructor(private readonly checkpoints: readonly StoredCheckpoint[]) {
    this.sizes = checkpoints.map((checkpoint) => BigInt(checkpoint.treeSize));
    this.signedSizes = new Set(this.sizes);
    this.eventsUpToEnd = checkpoints.map(() => 0n);
    this.byEnd = checkpoints
      .map((_, index) => index)
      .sort((a, b) => compareBigInt(checkpoints[a]!.lastPosition, checkpoints[b]!.lastPosition));
    this.recordRoot();
  }

  append(event: StoredEvent): void {
    this.countEventsUpTo(event.globalPosition);
    const leaf = leafOfEvent(event);
    this.tree.append(leaf);
    if (this.tree.size <= (this.sizes.at(-1) ?? 0n)) this.leaves.push(leaf);
    this.lastPosition = event.globalPosition;
    this.recordRoot();
  }

  /** What holds and what does not, once every event has been appended. */
  verdicts(publicKeyPem: string): CheckpointVerdicts {
    this.countEventsUpTo(undefined);
    const problems: (TreeProblem | CheckpointProblem)[] = [];
    let verified = 0;
    let consistentPairs = 0;
    /** The latest checkpoint that is signed by the key and whose root is recomputed. */
    let intact: StoredCheckpoint | undefined;
    this.checkpoints.forEach((checkpoint, index) => {
      const signature = verifyCheckpoint(checkpoint, publicKeyPem);
      if (!signature.valid) {
        problems.push({
          kind: 'checkpoint',
          checkpoint: checkpoint.treeSize,
          reason: signature.reason,
        });
      }
      const treeProblem = this.treeProblem(index, intact, signature.valid);
      if (treeProblem) problems.push(treeProblem);
      else if (signature.valid) {
        verified += 1;
        intact = checkpoint;
      }
      if (index > 0) {
        const consistency = this.consistencyWithPrevious(index);
        if (consistency === 'proven') consistentPairs += 1;
        else if (consistency !== 'unproven') problems.push(consistency);
      }
    });
    return {
      problems,
      verified,
      consistentPairs,
      pairs: Math.max(this.checkpoints.length - 1, 0),
    };
  }

  private recordRoot(): void {
    if (this.signedSizes.has(this.tree.size)) {
      this.recomputedRoots.set(this.tree.size, this.tree.root());
    }
  }

  /** Events arrive in position order, so each checkpoint's count is fixed once one lies beyond its end. */
  private countEventsUpTo(nextPosition: bigint | undefined): void {
    while (this.endsPassed < this.byEnd.length) {
      const index = this.byEnd[this.endsPassed]!;
      if (nextPosition !== undefined && nextPosition <= this.checkpoints[index]!.lastPosition) {
        return;
      }
      this.eventsUpToEnd[index] = this.tree.size;
      this.endsPassed += 1;
    }
  }

  private rootMatches(index: number): boolean {
    return this.recomputedRoots.get(this.sizes[index]!) === this.checkpoints[index]!.rootHash;
  }

  /** Why the log no longer has the tree the checkpoint signed, within the span since `intact`. */
  private treeProblem(
    index: number,
    intact: StoredCheckpoint | undefined,
    signatureValid: boolean,
  ): TreeProblem | undefined {
    if (this.rootMatches(index)) return undefined;
    const checkpoint = this.checkpoints[index]!;
    const size = this.sizes[index]!;
    const heldThere = this.eventsUpToEnd[index]!;
    const span = {
      kind: 'tree' as const,
      checkpoint: checkpoint.treeSize,
      afterPosition: intact?.lastPosition,
      upToPosition: checkpoint.lastPosition,
    };
    if (this.tree.size < size) {
      const end =
        this.lastPosition === undefined
          ? 'it is empty'
          : `it ends at position ${this.lastPosition}`;
      const cut =
        this.lastPosition === undefined || this.lastPosition < checkpoint.lastPosition
          ? 'its tail was cut off'
          : gone(size - heldThere);
      return {
        ...span,
        reason: `the log holds ${this.tree.size} events, fewer than the ${size} signed; ${end}: ${cut}`,
      };
    }
    const what =
      heldThere < size
        ? gone(size - heldThere)
        : heldThere > size
          ? `the log holds ${heldThere} events up to position ${checkpoint.lastPosition}, ` +
            `${heldThere - size} more than were signed`
          : signatureValid
            ? 'an event was changed or moved'
            : 'the checkpoint is not what was signed, or an event was changed or moved';
    return {
      ...span,
      reason: `the log's first ${size} events do not have the signed root ${checkpoint.rootHash}: ${what}`,
    };
  }

  private consistencyWithPrevious(index: number): 'proven' | 'unproven' | CheckpointProblem {
    // A pair whose roots are not both the log's is already reported; there is nothing to prove.
    if (!this.rootMatches(index - 1) || !this.rootMatches(index)) return 'unproven';
    const first = this.checkpoints[index - 1]!;
    const second = this.checkpoints[index]!;
    const proof = generateConsistencyProof(this.leaves, this.sizes[index - 1]!, this.sizes[index]!);
    const proven = verifyConsistency({
      firstSize: this.sizes[index - 1]!,
      firstRoot: first.rootHash,
      secondSize: this.sizes[index]!,
      secondRoot: second.rootHash,
      proof,
    });
    return proven
      ? 'proven'
      : {
          kind: 'checkpoint',
          checkpoint: second.treeSize,
          reason: `the consistency proof from the checkpoint of tree size ${first.treeSize} does not verify`,
        };
  }
}

function gone(events: bigint): string {
  return `${count(events, 'signed event')} ${events === 1n ? 'is' : 'are'} gone`;
}

function count(n: bigint, noun: string): string {
  return `${n} ${noun}${n === 1n ? '' : 's'}`;
}
