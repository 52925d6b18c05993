import { HASH_BYTES, requireHash } from '../hex';
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
  /** A number, not a bigint, to spare an allocation per leaf: exact up to 2^53 leaves. */
  private leafCount = 0;

  get size(): bigint {
    return BigInt(this.leafCount);
  }

  append(leafHash: string): void {
    this.appendBytes(requireHash(leafHash, 'leaf hash'));
  }

  /** `append` for a leaf hash the caller already holds as its 32 bytes. */
  appendBytes(leafHash: Buffer): void {
    if (leafHash.length !== HASH_BYTES)
      throw new TypeError(`leaf hash must be ${HASH_BYTES} bytes`);
    let node = leafHash;
    // Every trailing one bit of the old size is a perfect subtree of the same height as the node
    // being carried up, which it now completes.
    for (let size = this.leafCount; size % 2 === 1; size = (size - 1) / 2) {
      node = hashChildren(this.peaks.pop()!, node);
    }
    this.peaks.push(node);
    this.leafCount += 1;
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
