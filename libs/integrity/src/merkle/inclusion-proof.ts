import { decodeHash, decodeHashes } from '../hex';
import { decodeLeafHashes, subtreeHash } from './tree-hash';
import { hashChildren } from './hashing';
import { largestPowerOfTwoBelow, treeSizeWithin } from './tree-shape';

/**
 * The inclusion proof (RFC 9162 section 2.1.3.1, PATH) of the leaf at `leafIndex` in the tree of
 * the first `treeSize` leaves: the sibling hashes from the leaf up to the root. It hashes every
 * leaf of that tree once, so it costs time linear in the tree size.
 */
export function generateInclusionProof(
  leafHashes: readonly string[],
  leafIndex: bigint,
  treeSize: bigint,
): string[] {
  const size = treeSizeWithin(leafHashes.length, treeSize, 'tree size');
  if (leafIndex < 0n || leafIndex >= treeSize) {
    throw new RangeError(`leaf index ${leafIndex} is outside a tree of size ${treeSize}`);
  }
  const hashes = decodeLeafHashes(leafHashes.slice(0, size));
  return path(hashes, Number(leafIndex), 0, size).map((hash) => hash.toString('hex'));
}

function path(hashes: readonly Buffer[], index: number, start: number, end: number): Buffer[] {
  if (end - start <= 1) return [];
  const split = start + largestPowerOfTwoBelow(end - start);
  return index < split
    ? [...path(hashes, index, start, split), subtreeHash(hashes, split, end)]
    : [...path(hashes, index, split, end), subtreeHash(hashes, start, split)];
}

/** What an inclusion proof claims: this leaf hash is at this index in the tree with this root. */
export interface InclusionClaim {
  readonly leafHash: string;
  readonly leafIndex: bigint;
  readonly treeSize: bigint;
  readonly rootHash: string;
  readonly proof: readonly string[];
}

/**
 * RFC 9162 section 2.1.3.2, step by step. Answers false, never throws, for anything that does not
 * prove the claim, malformed hex included, because proofs come from outside. The proof alone does
 * not pin the tree size: take size and root together from one signed checkpoint.
 */
export function verifyInclusion(claim: InclusionClaim): boolean {
  const leaf = decodeHash(claim.leafHash);
  const root = decodeHash(claim.rootHash);
  const proof = decodeHashes(claim.proof);
  if (leaf === undefined || root === undefined || proof === undefined) return false;
  if (claim.leafIndex < 0n || claim.leafIndex >= claim.treeSize) return false;

  let fn = claim.leafIndex;
  let sn = claim.treeSize - 1n;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      r = hashChildren(p, r);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      r = hashChildren(r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && r.equals(root);
}
