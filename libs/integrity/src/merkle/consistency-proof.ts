import { decodeHash, decodeHashes } from '../hex';
import { decodeLeafHashes, subtreeHash } from './tree-hash';
import { EMPTY_TREE_ROOT, hashChildren } from './hashing';
import { largestPowerOfTwoBelow, treeSizeWithin } from './tree-shape';

/**
 * The consistency proof (RFC 9162 section 2.1.4.1, PROOF) that the tree of the first `firstSize`
 * leaves is a prefix of the tree of the first `secondSize`. Empty when there is nothing to prove
 * (the first tree is empty or the same tree). Linear in the second size, like inclusion proofs.
 */
export function generateConsistencyProof(
  leafHashes: readonly string[],
  firstSize: bigint,
  secondSize: bigint,
): string[] {
  const second = treeSizeWithin(leafHashes.length, secondSize, 'second tree size');
  const first = treeSizeWithin(second, firstSize, 'first tree size');
  if (first === 0 || first === second) return [];
  const hashes = decodeLeafHashes(leafHashes.slice(0, second));
  return subproof(hashes, first, 0, second, true).map((hash) => hash.toString('hex'));
}

/**
 * SUBPROOF(m, D[start:end], b): `firstCount` is m, the number of leaves of the first tree within
 * [start, end); `wholeFirstTree` is b, true while that range is still the whole first tree, whose
 * root the verifier already holds and so need not be sent.
 */
function subproof(
  hashes: readonly Buffer[],
  firstCount: number,
  start: number,
  end: number,
  wholeFirstTree: boolean,
): Buffer[] {
  if (firstCount === end - start) return wholeFirstTree ? [] : [subtreeHash(hashes, start, end)];
  const split = start + largestPowerOfTwoBelow(end - start);
  return firstCount <= split - start
    ? [
        ...subproof(hashes, firstCount, start, split, wholeFirstTree),
        subtreeHash(hashes, split, end),
      ]
    : [
        ...subproof(hashes, firstCount - (split - start), split, end, false),
        subtreeHash(hashes, start, split),
      ];
}

/** What a consistency proof claims: the tree with the first root is a prefix of the second. */
export interface ConsistencyClaim {
  readonly firstSize: bigint;
  readonly firstRoot: string;
  readonly secondSize: bigint;
  readonly secondRoot: string;
  readonly proof: readonly string[];
}

/**
 * RFC 9162 section 2.1.4.2, step by step, with the cases the RFC leaves out: a tree is consistent
 * with itself when the proof is empty and the roots are equal, and the empty tree (whose root must
 * be the empty tree hash) is a prefix of every tree. Answers false, never throws.
 */
export function verifyConsistency(claim: ConsistencyClaim): boolean {
  const firstRoot = decodeHash(claim.firstRoot);
  const secondRoot = decodeHash(claim.secondRoot);
  const proof = decodeHashes(claim.proof);
  if (firstRoot === undefined || secondRoot === undefined || proof === undefined) return false;
  const { firstSize, secondSize } = claim;
  if (firstSize < 0n || firstSize > secondSize) return false;
  if (firstSize === 0n && !firstRoot.equals(EMPTY_TREE_ROOT)) return false;
  if (firstSize === secondSize) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (firstSize === 0n) return proof.length === 0;
  if (proof.length === 0) return false;

  const path = isPowerOfTwo(firstSize) ? [firstRoot, ...proof] : proof;
  let fn = firstSize - 1n;
  let sn = secondSize - 1n;
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && fr.equals(firstRoot) && sr.equals(secondRoot);
}

function isPowerOfTwo(n: bigint): boolean {
  return (n & (n - 1n)) === 0n;
}
