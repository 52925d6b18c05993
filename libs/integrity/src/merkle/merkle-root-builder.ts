import { requireHash } from '../hex';
import { EMPTY_TREE_ROOT, hashChildren } from './hashing';

/**
 * Computes the root hash of a tree that grows one leaf at a time, holding only the roots of the
 * perfect subtrees its leaves fall into so far (one per set bit of the size, so at most 64 for
 * any size a log can reach). This is how a verifier can walk millions of events in one pass and
 * still know the root at every size a checkpoint names.
 */
export class MerkleRootBuilder {
  /** Roots of perfect subtrees, left to right, each smaller than the one before. */
  private readonly peaks: Buffer[] = [];
  private leafCount = 0n;

  get size(): bigint {
    return this.leafCount;
  }

  append(leafHash: string): void {
    let node = requireHash(leafHash, 'leaf hash');
    // Every trailing one bit of the old size is a perfect subtree of the same height as the node
    // being carried up, which it now completes.
    for (let size = this.leafCount; (size & 1n) === 1n; size >>= 1n) {
      node = hashChildren(this.peaks.pop()!, node);
    }
    this.peaks.push(node);
    this.leafCount += 1n;
  }

  /** The root at the current size: the peaks folded from the right, as MTH splits them. */
  root(): string {
    let root: Buffer | undefined;
    for (let index = this.peaks.length - 1; index >= 0; index -= 1) {
      const peak = this.peaks[index]!;
      root = root === undefined ? peak : hashChildren(peak, root);
    }
    return (root ?? EMPTY_TREE_ROOT).toString('hex');
  }
}
