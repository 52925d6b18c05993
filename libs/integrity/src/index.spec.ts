import {
  generateConsistencyProof,
  generateInclusionProof,
  generateSigningKeyPair,
  leafHash,
  MerkleRootBuilder,
  type SignedCheckpoint,
  signCheckpoint,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '.';

describe('the integrity library, as a log and its auditor use it', () => {
  it('proves an event was in a signed tree, and that a later signed tree extends it', () => {
    const key = generateSigningKeyPair();
    const events = Array.from({ length: 300 }, (_, position) => `event ${position}`);
    const leafHashes = events.map((event) => leafHash(Buffer.from(event, 'utf8')));

    const builder = new MerkleRootBuilder();
    const checkpoints = leafHashes.flatMap((hash) => {
      builder.append(hash);
      if (builder.size !== 100n && builder.size !== 300n) return [];
      const content = {
        treeSize: builder.size.toString(),
        rootHash: builder.root(),
        issuedAt: new Date(Date.UTC(2012, 3, Number(builder.size))).toISOString(),
      };
      return [signCheckpoint(content, key.privateKeyPem)];
    });
    const [earlier, later] = checkpoints as [SignedCheckpoint, SignedCheckpoint];

    for (const checkpoint of checkpoints) {
      expect(verifyCheckpoint(checkpoint, key.publicKeyPem)).toEqual({ valid: true });
    }
    expect(
      verifyInclusion({
        leafHash: leafHash(Buffer.from('event 42', 'utf8')),
        leafIndex: 42n,
        treeSize: BigInt(earlier.treeSize),
        rootHash: earlier.rootHash,
        proof: generateInclusionProof(leafHashes, 42n, BigInt(earlier.treeSize)),
      }),
    ).toBe(true);
    expect(
      verifyConsistency({
        firstSize: BigInt(earlier.treeSize),
        firstRoot: earlier.rootHash,
        secondSize: BigInt(later.treeSize),
        secondRoot: later.rootHash,
        proof: generateConsistencyProof(
          leafHashes,
          BigInt(earlier.treeSize),
          BigInt(later.treeSize),
        ),
      }),
    ).toBe(true);
  });
});
