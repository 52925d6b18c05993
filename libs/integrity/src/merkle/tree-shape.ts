/**
 * The split point of RFC 9162's MTH for n > 1 leaves: the largest power of two smaller than n.
 * Computed from the bit length so that it is exact for every array length JavaScript allows.
 */
export function largestPowerOfTwoBelow(n: number): number {
  return 2 ** (31 - Math.clz32(n - 1));
}

/**
 * Checks a tree size a caller asks a proof for against the leaves it holds, and turns it into an
 * array length. Proof generation throws on nonsense; proof verification never does.
 */
export function treeSizeWithin(available: number, treeSize: bigint, what: string): number {
  if (treeSize < 0n || treeSize > BigInt(available)) {
    throw new RangeError(`${what} ${treeSize} is outside 0..${available}`);
  }
  return Number(treeSize);
}
