import { createHash } from 'node:crypto';
import { LEAVES, ROOTS } from './testing/rfc6962-vectors';
import { EMPTY_TREE_HASH, leafHash, merkleTreeHash } from './tree-hash';

const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const vectorLeafHashes = LEAVES.map((leaf) => leafHash(Buffer.from(leaf, 'hex')));

describe('RFC 9162 Merkle tree hashing', () => {
  it('gives the empty tree the hash of the empty string', () => {
    expect(EMPTY_TREE_HASH).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(merkleTreeHash([])).toBe(EMPTY_TREE_HASH);
  });

  it('hashes a leaf as SHA-256 of 0x00 and its bytes', () => {
    const leaf = Buffer.from('an event', 'utf8');
    expect(leafHash(leaf)).toBe(sha256(Buffer.from([0]), leaf).toString('hex'));
  });

  it('hashes two leaves as SHA-256 of 0x01 and both leaf hashes', () => {
    const [left, right] = [leafHash(Buffer.from('a')), leafHash(Buffer.from('b'))];
    const expected = sha256(Buffer.from([1]), Buffer.from(left, 'hex'), Buffer.from(right, 'hex'));
    expect(merkleTreeHash([left, right])).toBe(expected.toString('hex'));
  });

  it('splits a tree that is not a power of two at the largest power of two below its size', () => {
    const hashes = ['a', 'b', 'c', 'd', 'e'].map((leaf) => leafHash(Buffer.from(leaf)));
    const node = (left: string, right: string) =>
      sha256(Buffer.from([1]), Buffer.from(left, 'hex'), Buffer.from(right, 'hex')).toString('hex');
    const [a, b, c, d, e] = hashes as [string, string, string, string, string];
    expect(merkleTreeHash(hashes)).toBe(node(node(node(a, b), node(c, d)), e));
  });

  it('keeps leaves and interior nodes apart: two leaf hashes as one leaf do not make their parent', () => {
    const [left, right] = vectorLeafHashes as [string, string];
    const concatenated = Buffer.from(left + right, 'hex');
    expect(leafHash(concatenated)).not.toBe(merkleTreeHash([left, right]));
  });

  it.each(ROOTS.map((root, index) => [index + 1, root] as const))(
    'matches the known root of the %i-leaf reference tree',
    (size, root) => {
      expect(merkleTreeHash(vectorLeafHashes.slice(0, size))).toBe(root);
    },
  );

  it('refuses a leaf hash that is not 32 bytes of lowercase hex, naming it', () => {
    expect(() => merkleTreeHash([EMPTY_TREE_HASH, 'beef'])).toThrow('leaf hash 1');
  });
});
