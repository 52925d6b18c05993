import fc from 'fast-check';
import { MerkleRootBuilder } from './merkle-root-builder';
import { distinctLeafHashes } from './testing/leaf-hashes';
import { LEAVES, ROOTS } from './testing/rfc6962-vectors';
import { EMPTY_TREE_HASH, leafHash, merkleTreeHash } from './tree-hash';

describe('building a Merkle root one leaf at a time', () => {
  it('starts as the empty tree', () => {
    const builder = new MerkleRootBuilder();
    expect(builder.size).toBe(0n);
    expect(builder.root()).toBe(EMPTY_TREE_HASH);
  });

  it('passes through every known root of the reference tree', () => {
    const builder = new MerkleRootBuilder();
    const seen = LEAVES.map((leaf) => {
      builder.append(leafHash(Buffer.from(leaf, 'hex')));
      return builder.root();
    });
    expect(seen).toEqual(ROOTS);
    expect(builder.size).toBe(8n);
  });

  it('equals the recursive definition at every size', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 4 }), { maxLength: 150 }), (leaves) => {
        const hashes = leaves.map((leaf) => leafHash(leaf));
        const builder = new MerkleRootBuilder();
        hashes.forEach((hash, index) => {
          builder.append(hash);
          expect(builder.root()).toBe(merkleTreeHash(hashes.slice(0, index + 1)));
        });
      }),
    );
  });

  it('answers the same root however often it is asked', () => {
    fc.assert(
      fc.property(distinctLeafHashes(0, 40), (hashes) => {
        const builder = new MerkleRootBuilder();
        hashes.forEach((hash) => builder.append(hash));
        expect(builder.root()).toBe(builder.root());
      }),
    );
  });

  it('holds around powers of two, where the peaks merge', () => {
    const hashes = Array.from({ length: 1025 }, (_, index) => leafHash(Buffer.from(`${index}`)));
    const builder = new MerkleRootBuilder();
    hashes.forEach((hash, index) => {
      builder.append(hash);
      const size = index + 1;
      if ([255, 256, 257, 511, 512, 513, 1023, 1024, 1025].includes(size)) {
        expect(builder.root()).toBe(merkleTreeHash(hashes.slice(0, size)));
      }
    });
  });

  it('refuses a leaf hash that is not one, and stays as it was', () => {
    const builder = new MerkleRootBuilder();
    builder.append(EMPTY_TREE_HASH);
    const before = builder.root();
    expect(() => builder.append('not a hash')).toThrow(TypeError);
    expect(builder.size).toBe(1n);
    expect(builder.root()).toBe(before);
  });

  it('grows the same tree from leaf hashes given as bytes', () => {
    const hashes = Array.from({ length: 13 }, (_, index) => leafHash(Buffer.from(`${index}`)));
    const fromHex = new MerkleRootBuilder();
    const fromBytes = new MerkleRootBuilder();
    hashes.forEach((hash) => {
      fromHex.append(hash);
      fromBytes.appendBytes(Buffer.from(hash, 'hex'));
      expect(fromBytes.root()).toBe(fromHex.root());
    });
    expect(fromBytes.size).toBe(13n);
  });

  it('refuses leaf bytes that are not a hash, and stays as it was', () => {
    const builder = new MerkleRootBuilder();
    builder.appendBytes(Buffer.from(EMPTY_TREE_HASH, 'hex'));
    const before = builder.root();
    expect(() => builder.appendBytes(Buffer.alloc(31))).toThrow(TypeError);
    expect(builder.size).toBe(1n);
    expect(builder.root()).toBe(before);
  });
});
