import fc from 'fast-check';
import { leafHash, merkleTreeHash } from '../tree-hash';

/**
 * Hashes of distinct leaves. Equal leaves would make some wrong answers right (two equal leaves
 * prove each other's position), which is true of the tree and not what the tests are about.
 */
export function distinctLeafHashes(minLength: number, maxLength: number): fc.Arbitrary<string[]> {
  return fc
    .uniqueArray(fc.uint8Array({ maxLength: 8 }), {
      minLength,
      maxLength,
      selector: (leaf) => Buffer.from(leaf).toString('hex'),
    })
    .map((leaves) => leaves.map((leaf) => leafHash(leaf)));
}

/** rootsBySize[n] is the root of the tree of the first n leaf hashes, for n from 0 to all. */
export function rootsBySize(leafHashes: readonly string[]): string[] {
  return Array.from({ length: leafHashes.length + 1 }, (_, size) =>
    merkleTreeHash(leafHashes.slice(0, size)),
  );
}
