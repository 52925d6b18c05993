import fc from 'fast-check';
import { generateInclusionProof, verifyInclusion } from './inclusion-proof';
import { MerkleTreeLevels } from './merkle-tree-levels';
import { distinctLeafHashes } from './testing/leaf-hashes';
import { INCLUSION_PROOFS, LEAVES, ROOTS } from './testing/rfc6962-vectors';
import { EMPTY_TREE_HASH, leafHash, merkleTreeHash } from './tree-hash';

const vectorLeafHashes = LEAVES.map((leaf) => leafHash(Buffer.from(leaf, 'hex')));

/** A tree of distinct leaves and a smaller or equal size of it. */
const treeAndSize = distinctLeafHashes(0, 90).chain((hashes) =>
  fc.record({ hashes: fc.constant(hashes), size: fc.integer({ min: 0, max: hashes.length }) }),
);

describe('the levels of a Merkle tree, for many inclusion proofs at once', () => {
  it.each(INCLUSION_PROOFS)(
    'answers the reference proof for leaf $leafIndex of $treeSize',
    ({ leafIndex, treeSize, proof }) => {
      const levels = new MerkleTreeLevels(vectorLeafHashes, treeSize);
      expect(levels.inclusionProof(leafIndex)).toEqual(proof);
      expect(levels.rootHash()).toBe(ROOTS[Number(treeSize) - 1]);
    },
  );

  it('has the root of the recursive definition at every size, the empty tree included', () => {
    fc.assert(
      fc.property(treeAndSize, ({ hashes, size }) => {
        const levels = new MerkleTreeLevels(hashes, BigInt(size));
        expect(levels.treeSize).toBe(BigInt(size));
        expect(levels.rootHash()).toBe(merkleTreeHash(hashes.slice(0, size)));
      }),
    );
    expect(new MerkleTreeLevels([], 0n).rootHash()).toBe(EMPTY_TREE_HASH);
  });

  it('answers, for every leaf, the proof generated from the leaves one at a time', () => {
    fc.assert(
      fc.property(treeAndSize, ({ hashes, size }) => {
        const levels = new MerkleTreeLevels(hashes, BigInt(size));
        for (let index = 0n; index < BigInt(size); index += 1n) {
          const proof = levels.inclusionProof(index);
          expect(proof).toEqual(generateInclusionProof(hashes, index, BigInt(size)));
          expect(
            verifyInclusion({
              leafHash: hashes[Number(index)]!,
              leafIndex: index,
              treeSize: BigInt(size),
              rootHash: levels.rootHash(),
              proof,
            }),
          ).toBe(true);
        }
      }),
    );
  });

  it('holds around powers of two, where a last node is carried up unchanged', () => {
    const hashes = Array.from({ length: 1025 }, (_, index) => leafHash(Buffer.from(`${index}`)));
    for (const size of [255, 256, 257, 1023, 1024, 1025]) {
      const levels = new MerkleTreeLevels(hashes, BigInt(size));
      for (const index of [0, size >> 1, size - 2, size - 1]) {
        expect(levels.inclusionProof(BigInt(index))).toEqual(
          generateInclusionProof(hashes, BigInt(index), BigInt(size)),
        );
      }
    }
  });

  it('refuses a size it does not hold and a leaf outside the tree', () => {
    expect(() => new MerkleTreeLevels(vectorLeafHashes, 9n)).toThrow(RangeError);
    expect(() => new MerkleTreeLevels(vectorLeafHashes, -1n)).toThrow(RangeError);
    expect(() => new MerkleTreeLevels(['beef'], 1n)).toThrow('leaf hash 0');
    const levels = new MerkleTreeLevels(vectorLeafHashes, 5n);
    expect(() => levels.inclusionProof(5n)).toThrow(RangeError);
    expect(() => levels.inclusionProof(-1n)).toThrow(RangeError);
    expect(() => new MerkleTreeLevels([], 0n).inclusionProof(0n)).toThrow(RangeError);
  });
});
