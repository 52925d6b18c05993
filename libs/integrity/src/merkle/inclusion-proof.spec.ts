import fc from 'fast-check';
import { flipBit } from '../testing/flip-bit';
import { generateInclusionProof, type InclusionClaim, verifyInclusion } from './inclusion-proof';
import { distinctLeafHashes, rootsBySize } from './testing/leaf-hashes';
import { INCLUSION_PROOFS, LEAVES, ROOTS } from './testing/rfc6962-vectors';
import { EMPTY_TREE_HASH, leafHash } from './tree-hash';

const vectorLeafHashes = LEAVES.map((leaf) => leafHash(Buffer.from(leaf, 'hex')));

/** A tree of distinct leaves, a smaller or equal size of it, and an index inside that size. */
const treeSizeAndIndex = distinctLeafHashes(1, 70).chain((hashes) =>
  fc.integer({ min: 1, max: hashes.length }).chain((size) =>
    fc.record({
      hashes: fc.constant(hashes),
      size: fc.constant(size),
      index: fc.nat({ max: size - 1 }),
    }),
  ),
);

function claimFor(hashes: string[], index: number, size: number): InclusionClaim {
  return {
    leafHash: hashes[index]!,
    leafIndex: BigInt(index),
    treeSize: BigInt(size),
    rootHash: rootsBySize(hashes)[size]!,
    proof: generateInclusionProof(hashes, BigInt(index), BigInt(size)),
  };
}

describe('inclusion proofs', () => {
  it.each(INCLUSION_PROOFS)(
    'generates and accepts the reference proof for leaf $leafIndex of $treeSize',
    ({ leafIndex, treeSize, proof }) => {
      expect(generateInclusionProof(vectorLeafHashes, leafIndex, treeSize)).toEqual(proof);
      const claim = {
        leafHash: vectorLeafHashes[Number(leafIndex)]!,
        leafIndex,
        treeSize,
        rootHash: ROOTS[Number(treeSize) - 1]!,
        proof,
      };
      expect(verifyInclusion(claim)).toBe(true);
      // The probes the reference suite makes against its own vectors.
      expect(verifyInclusion({ ...claim, leafIndex: leafIndex + 1n })).toBe(false);
      expect(verifyInclusion({ ...claim, leafIndex: leafIndex ^ 2n })).toBe(false);
      expect(verifyInclusion({ ...claim, treeSize: treeSize * 2n })).toBe(false);
      expect(verifyInclusion({ ...claim, treeSize: treeSize / 2n })).toBe(false);
      expect(verifyInclusion({ ...claim, rootHash: EMPTY_TREE_HASH })).toBe(false);
    },
  );

  it('proves a single leaf with an empty proof: the leaf is the root', () => {
    const [hash] = vectorLeafHashes as [string];
    expect(generateInclusionProof([hash], 0n, 1n)).toEqual([]);
    const claim = { leafHash: hash, leafIndex: 0n, treeSize: 1n, rootHash: hash, proof: [] };
    expect(verifyInclusion(claim)).toBe(true);
    expect(verifyInclusion({ ...claim, rootHash: EMPTY_TREE_HASH })).toBe(false);
  });

  it('accepts the proof it generates for every index of every size', () => {
    fc.assert(
      fc.property(treeSizeAndIndex, ({ hashes, size, index }) => {
        expect(verifyInclusion(claimFor(hashes, index, size))).toBe(true);
      }),
    );
  });

  it('rejects the proof when any bit of the leaf, the root or a proof element is flipped', () => {
    fc.assert(
      fc.property(treeSizeAndIndex, fc.nat(), fc.nat({ max: 255 }), (tree, pick, bit) => {
        const claim = claimFor(tree.hashes, tree.index, tree.size);
        const targets = 2 + claim.proof.length;
        const target = pick % targets;
        const tampered: InclusionClaim =
          target === 0
            ? { ...claim, leafHash: flipBit(claim.leafHash, bit) }
            : target === 1
              ? { ...claim, rootHash: flipBit(claim.rootHash, bit) }
              : {
                  ...claim,
                  proof: claim.proof.map((hash, at) =>
                    at === target - 2 ? flipBit(hash, bit) : hash,
                  ),
                };
        expect(verifyInclusion(tampered)).toBe(false);
      }),
    );
  });

  it('rejects the proof for any other index and size, even against that size’s true root', () => {
    fc.assert(
      fc.property(treeSizeAndIndex, fc.nat(), fc.nat(), (tree, otherSize, otherIndex) => {
        const claim = claimFor(tree.hashes, tree.index, tree.size);
        const size = 1 + (otherSize % tree.hashes.length);
        const index = otherIndex % size;
        fc.pre(size !== tree.size || index !== tree.index);
        const rootHash = rootsBySize(tree.hashes)[size]!;
        expect(
          verifyInclusion({ ...claim, leafIndex: BigInt(index), treeSize: BigInt(size), rootHash }),
        ).toBe(false);
      }),
    );
  });

  it('rejects a proof with an element added, removed or duplicated', () => {
    fc.assert(
      fc.property(treeSizeAndIndex, (tree) => {
        const claim = claimFor(tree.hashes, tree.index, tree.size);
        const variants = [
          [...claim.proof, claim.rootHash],
          [claim.rootHash, ...claim.proof],
          claim.proof.slice(1),
          claim.proof.slice(0, -1),
          [...claim.proof, ...claim.proof.slice(-1)],
        ].filter((proof) => proof.join() !== claim.proof.join());
        for (const proof of variants) expect(verifyInclusion({ ...claim, proof })).toBe(false);
      }),
    );
  });

  it('answers false, without throwing, for claims that cannot hold or cannot be read', () => {
    const [hash] = vectorLeafHashes as [string];
    const claim = { leafHash: hash, leafIndex: 0n, treeSize: 1n, rootHash: hash, proof: [] };
    expect(verifyInclusion({ ...claim, leafIndex: 1n })).toBe(false);
    expect(verifyInclusion({ ...claim, leafIndex: -1n })).toBe(false);
    expect(verifyInclusion({ ...claim, treeSize: 0n })).toBe(false);
    expect(verifyInclusion({ ...claim, rootHash: hash.toUpperCase() })).toBe(false);
    expect(verifyInclusion({ ...claim, leafHash: '' })).toBe(false);
    expect(verifyInclusion({ ...claim, treeSize: 2n, proof: ['not hex'] })).toBe(false);
  });

  it('refuses to generate a proof for a leaf or size it does not hold', () => {
    expect(() => generateInclusionProof(vectorLeafHashes, 8n, 8n)).toThrow(RangeError);
    expect(() => generateInclusionProof(vectorLeafHashes, -1n, 8n)).toThrow(RangeError);
    expect(() => generateInclusionProof(vectorLeafHashes, 0n, 9n)).toThrow(RangeError);
    expect(() => generateInclusionProof([], 0n, 0n)).toThrow(RangeError);
  });
});
