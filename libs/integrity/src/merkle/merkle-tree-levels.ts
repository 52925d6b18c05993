import { EMPTY_TREE_ROOT, hashChildren } from './hashing';
import { decodeLeafHashes } from './tree-hash';
import { treeSizeWithin } from './tree-shape';

/**
 * Every level of the tree over the first `treeSize` leaves, hashed once, so that inclusion proofs
 * for many leaves cost one lookup per level each rather than a pass over all the leaves each (as
 * `generateInclusionProof` does). RFC 9162's MTH splits at the largest power of two below the size;
 * built from the bottom up, that is the same tree as hashing neighbours in pairs at every level and
 * carrying a last node that has no neighbour up unchanged. Holds about two hashes per leaf.
 */
export class MerkleTreeLevels {
  /** levels[0] holds the leaf hashes; the last level holds the root alone. */
  private readonly levels: readonly (readonly Buffer[])[];

  constructor(leafHashes: readonly string[], treeSize: bigint) {
    const size = treeSizeWithin(leafHashes.length, treeSize, 'tree size');
    let level = decodeLeafHashes(leafHashes.slice(0, size));
    const levels = [level];
    while (level.length > 1) {
      const parents: Buffer[] = [];
      for (let index = 0; index + 1 < level.length; index += 2) {
        parents.push(hashChildren(level[index]!, level[index + 1]!));
      }
      if (level.length % 2 === 1) parents.push(level.at(-1)!);
      levels.push(parents);
      level = parents;
    }
    this.levels = levels;
  }

  get treeSize(): bigint {
    return BigInt(this.levels[0]!.length);
  }

  rootHash(): string {
    return (this.levels.at(-1)![0] ?? EMPTY_TREE_ROOT).toString('hex');
  }

  /** The same audit path as `generateInclusionProof(leafHashes, leafIndex, treeSize)`. */
  inclusionProof(leafIndex: bigint): string[] {
    if (leafIndex < 0n || leafIndex >= this.treeSize) {
      throw new RangeError(`leaf index ${leafIndex} is outside a tree of size ${this.treeSize}`);
    }
    const proof: string[] = [];
    let index = Number(leafIndex);
    for (const level of this.levels.slice(0, -1)) {
      const sibling = index % 2 === 0 ? index + 1 : index - 1;
      // A node without a sibling was carried up unchanged: nothing is hashed with it here.
      if (sibling < level.length) proof.push(level[sibling]!.toString('hex'));
      index = Math.floor(index / 2);
    }
    return proof;
  }
}
