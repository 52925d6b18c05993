import fc from 'fast-check';
import { flipBit } from '../testing/flip-bit';
import {
  type ConsistencyClaim,
  generateConsistencyProof,
  verifyConsistency,
} from './consistency-proof';
import { distinctLeafHashes, rootsBySize } from './testing/leaf-hashes';
import { CONSISTENCY_PROOFS, LEAVES, ROOTS } from './testing/rfc6962-vectors';
import { EMPTY_TREE_HASH, leafHash } from './tree-hash';

const vectorLeafHashes = LEAVES.map((leaf) => leafHash(Buffer.from(leaf, 'hex')));

/** A tree of distinct leaves and two sizes of it, the first no larger than the second. */
const treeAndSizes = distinctLeafHashes(1, 70).chain((hashes) =>
  fc.integer({ min: 0, max: hashes.length }).chain((second) =>
    fc.record({
      hashes: fc.constant(hashes),
      first: fc.integer({ min: 0, max: second }),
      second: fc.constant(second),
    }),
  ),
);

/** As above, with a proof that has something in it: 0 < first < second. */
const treeAndProperSizes = treeAndSizes.filter(({ first, second }) => first > 0 && first < second);

function claimFor(hashes: string[], first: number, second: number): ConsistencyClaim {
  const roots = rootsBySize(hashes);
  return {
    firstSize: BigInt(first),
    firstRoot: roots[first]!,
    secondSize: BigInt(second),
    secondRoot: roots[second]!,
    proof: generateConsistencyProof(hashes, BigInt(first), BigInt(second)),
  };
}

describe('consistency proofs', () => {
  it.each(CONSISTENCY_PROOFS)(
    'generates and accepts the reference proof from $firstSize to $secondSize',
    ({ firstSize, secondSize, proof }) => {
      expect(generateConsistencyProof(vectorLeafHashes, firstSize, secondSize)).toEqual(proof);
      const claim = {
        firstSize,
        firstRoot: ROOTS[Number(firstSize) - 1]!,
        secondSize,
        secondRoot: ROOTS[Number(secondSize) - 1]!,
        proof,
      };
      expect(verifyConsistency(claim)).toBe(true);
      // The probes the reference suite makes against its own vectors.
      expect(verifyConsistency({ ...claim, firstSize: firstSize + 1n })).toBe(false);
      expect(verifyConsistency({ ...claim, firstSize: firstSize ^ 2n })).toBe(false);
      expect(verifyConsistency({ ...claim, secondSize: secondSize * 2n })).toBe(false);
      expect(verifyConsistency({ ...claim, secondSize: secondSize / 2n })).toBe(false);
      expect(
        verifyConsistency({ ...claim, firstRoot: claim.secondRoot, secondRoot: claim.firstRoot }),
      ).toBe(false);
      expect(verifyConsistency({ ...claim, proof: [] })).toBe(false);
      expect(verifyConsistency({ ...claim, proof: [proof[0]!, ...proof] })).toBe(false);
      expect(verifyConsistency({ ...claim, proof: [...proof, claim.secondRoot] })).toBe(false);
    },
  );

  it('accepts the proof it generates for every pair of sizes, trivial pairs included', () => {
    fc.assert(
      fc.property(treeAndSizes, ({ hashes, first, second }) => {
        expect(verifyConsistency(claimFor(hashes, first, second))).toBe(true);
      }),
    );
  });

  it('needs no proof when there is nothing to prove', () => {
    fc.assert(
      fc.property(treeAndSizes, ({ hashes, first, second }) => {
        const proof = generateConsistencyProof(hashes, BigInt(first), BigInt(second));
        expect(proof.length === 0).toBe(first === 0 || first === second);
      }),
    );
  });

  it('rejects the proof when any bit of either root or a proof element is flipped', () => {
    fc.assert(
      fc.property(treeAndProperSizes, fc.nat(), fc.nat({ max: 255 }), (tree, pick, bit) => {
        const claim = claimFor(tree.hashes, tree.first, tree.second);
        const target = pick % (2 + claim.proof.length);
        const tampered: ConsistencyClaim =
          target === 0
            ? { ...claim, firstRoot: flipBit(claim.firstRoot, bit) }
            : target === 1
              ? { ...claim, secondRoot: flipBit(claim.secondRoot, bit) }
              : {
                  ...claim,
                  proof: claim.proof.map((hash, at) =>
                    at === target - 2 ? flipBit(hash, bit) : hash,
                  ),
                };
        expect(verifyConsistency(tampered)).toBe(false);
      }),
    );
  });

  it('rejects the proof for any other pair of sizes, even against their true roots', () => {
    fc.assert(
      fc.property(treeAndProperSizes, fc.nat(), fc.nat(), (tree, otherSecond, otherFirst) => {
        const claim = claimFor(tree.hashes, tree.first, tree.second);
        const second = 2 + (otherSecond % (tree.hashes.length - 1));
        const first = 1 + (otherFirst % (second - 1));
        fc.pre(first !== tree.first || second !== tree.second);
        const roots = rootsBySize(tree.hashes);
        const moved = {
          ...claim,
          firstSize: BigInt(first),
          firstRoot: roots[first]!,
          secondSize: BigInt(second),
          secondRoot: roots[second]!,
        };
        expect(verifyConsistency(moved)).toBe(false);
      }),
    );
  });

  it('rejects a later tree that is not an extension of the earlier one', () => {
    fc.assert(
      fc.property(treeAndProperSizes, ({ hashes, first, second }) => {
        const rewritten = [...hashes];
        rewritten[first - 1] = leafHash(Buffer.from('rewritten history'));
        const claim = claimFor(hashes, first, second);
        const forged = claimFor(rewritten, first, second);
        expect(verifyConsistency({ ...forged, firstRoot: claim.firstRoot })).toBe(false);
      }),
    );
  });

  it('treats the empty tree and a tree and itself by their definitions', () => {
    const root = ROOTS[2]!;
    const claim = { firstSize: 3n, firstRoot: root, secondSize: 3n, secondRoot: root, proof: [] };
    expect(verifyConsistency(claim)).toBe(true);
    expect(verifyConsistency({ ...claim, secondRoot: ROOTS[3]! })).toBe(false);
    expect(verifyConsistency({ ...claim, proof: [root] })).toBe(false);
    const fromEmpty = { ...claim, firstSize: 0n, firstRoot: EMPTY_TREE_HASH };
    expect(verifyConsistency(fromEmpty)).toBe(true);
    expect(verifyConsistency({ ...fromEmpty, firstRoot: root })).toBe(false);
    expect(verifyConsistency({ ...fromEmpty, proof: [EMPTY_TREE_HASH] })).toBe(false);
    expect(verifyConsistency({ ...fromEmpty, secondSize: 0n, secondRoot: root })).toBe(false);
  });

  it('answers false, without throwing, for claims that cannot hold or cannot be read', () => {
    const [proof] = CONSISTENCY_PROOFS.map((vector) => vector.proof);
    const claim = {
      firstSize: 1n,
      firstRoot: ROOTS[0]!,
      secondSize: 8n,
      secondRoot: ROOTS[7]!,
      proof: proof!,
    };
    expect(verifyConsistency(claim)).toBe(true);
    expect(verifyConsistency({ ...claim, firstSize: 9n })).toBe(false);
    expect(verifyConsistency({ ...claim, firstSize: -1n })).toBe(false);
    expect(verifyConsistency({ ...claim, firstRoot: 'zz' })).toBe(false);
    expect(verifyConsistency({ ...claim, proof: [...proof!.slice(1), 'not hex'] })).toBe(false);
  });

  it('refuses to generate a proof for sizes it does not hold', () => {
    expect(() => generateConsistencyProof(vectorLeafHashes, 2n, 9n)).toThrow(RangeError);
    expect(() => generateConsistencyProof(vectorLeafHashes, 5n, 4n)).toThrow(RangeError);
    expect(() => generateConsistencyProof(vectorLeafHashes, -1n, 4n)).toThrow(RangeError);
  });
});
