import { requireHash } from '../hex';
import { EMPTY_TREE_ROOT, hashChildren, hashLeaf } from './hashing';
import { largestPowerOfTwoBelow } from './tree-shape';

/** The root hash of the tree with no leaves, as hex. */
export const EMPTY_TREE_HASH = EMPTY_TREE_ROOT.toString('hex');

/** The hash of one leaf's bytes, as hex: what the tree builders and proofs take as a leaf. */
export function leafHash(leaf: Uint8Array): string {
  return hashLeaf(leaf).toString('hex');
}

/** The root hash of the tree whose leaves have these hashes, in order. */
export function merkleTreeHash(leafHashes: readonly string[]): string {
  const hashes = decodeLeafHashes(leafHashes);
  return subtreeHash(hashes, 0, hashes.length).toString('hex');
}

/**
 * RFC 9162's MTH, word for word: the hash of leaves [start, end) is the node hash of the largest
 * power-of-two prefix and the rest. Proof generation is built on it; the streaming builder is
 * checked against it.
 */
export function subtreeHash(leafHashes: readonly Buffer[], start: number, end: number): Buffer {
  const size = end - start;
  if (size === 0) return EMPTY_TREE_ROOT;
  if (size === 1) return leafHashes[start]!;
  const split = start + largestPowerOfTwoBelow(size);
  return hashChildren(subtreeHash(leafHashes, start, split), subtreeHash(leafHashes, split, end));
}

export function decodeLeafHashes(leafHashes: readonly string[]): Buffer[] {
  return leafHashes.map((hash, index) => requireHash(hash, `leaf hash ${index}`));
}
