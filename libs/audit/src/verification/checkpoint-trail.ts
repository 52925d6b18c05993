import type { StoredEvent } from '@concordat/event-store';
import { MerkleRootBuilder, verifyCheckpoint } from '@concordat/integrity';
import type { StoredCheckpoint } from '../checkpoints/checkpoint-store';
import { leafBytesOfEvent } from '../log/leaf-of-event';
import { compareBigInt } from './compare-bigint';
import type { CheckpointProblem, TreeProblem } from './integrity-problem';

export interface CheckpointVerdicts {
  readonly problems: readonly (TreeProblem | CheckpointProblem)[];
  /** Checkpoints signed by the key whose root is the log's root at their size. */
  readonly verified: number;
  /**
   * Consecutive checkpoints whose roots are both this log's roots at their sizes, recomputed in
   * one pass over one sequence of leaves: the later signs a log that extends the one the earlier
   * signed.
   */
  readonly consistentPairs: number;
  readonly pairs: number;
}

/**
 * The Merkle tree over the log, grown one event at a time and held against every checkpoint as
 * its size is reached. Only the tree's frontier is held, never the leaves: every checkpoint's root
 * is recomputed from the same pass, so two that both match are proven to sign one growing log by
 * that alone, with no consistency proof to build from the leaves between them.
 */
export class CheckpointTrail {
  private readonly tree = new MerkleRootBuilder();
  private readonly sizes: readonly bigint[];
  /** `sizes` as numbers, compared with the count appended without making a bigint per event. */
  private readonly signedCounts: readonly number[];
  private nextSigned = 0;
  private appended = 0;
  private readonly recomputedRoots = new Map<bigint, string>();
  /** For each checkpoint, how many events the log now holds up to the position its tree ended at. */
  private readonly eventsUpToEnd: bigint[];
  private readonly byEnd: readonly number[];
  private endsPassed = 0;
  private lastPosition: bigint | undefined;

  /** `checkpoints` in order of tree size. */
  constructor(private readonly checkpoints: readonly StoredCheckpoint[]) {
    this.sizes = checkpoints.map((checkpoint) => BigInt(checkpoint.treeSize));
    this.signedCounts = this.sizes.map(Number);
    this.eventsUpToEnd = checkpoints.map(() => 0n);
    this.byEnd = checkpoints
      .map((_, index) => index)
      .sort((a, b) => compareBigInt(checkpoints[a]!.lastPosition, checkpoints[b]!.lastPosition));
    this.recordRoot();
  }

  append(event: Pick<StoredEvent, 'globalPosition' | 'hash'>): void {
    this.countEventsUpTo(event.globalPosition);
    this.tree.appendBytes(leafBytesOfEvent(event));
    this.appended += 1;
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
      // A pair whose roots are not both the log's is already reported, by the tree.
      if (index > 0 && this.rootMatches(index - 1) && this.rootMatches(index)) {
        consistentPairs += 1;
      }
    });
    return {
      problems,
      verified,
      consistentPairs,
      pairs: Math.max(this.checkpoints.length - 1, 0),
    };
  }

  /** Keeps the root at each signed size as it is reached; sizes never reached have none. */
  private recordRoot(): void {
    while (
      this.nextSigned < this.signedCounts.length &&
      this.signedCounts[this.nextSigned]! <= this.appended
    ) {
      if (this.signedCounts[this.nextSigned] === this.appended) {
        this.recomputedRoots.set(this.sizes[this.nextSigned]!, this.tree.root());
      }
      this.nextSigned += 1;
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
}

function gone(events: bigint): string {
  return `${count(events, 'signed event')} ${events === 1n ? 'is' : 'are'} gone`;
}

function count(n: bigint, noun: string): string {
  return `${n} ${noun}${n === 1n ? '' : 's'}`;
}
