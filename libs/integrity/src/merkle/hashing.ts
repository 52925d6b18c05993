import { createHash, hash } from 'node:crypto';

// RFC 9162 section 2.1.1: leaves and interior nodes are hashed under different prefixes, so that no
// leaf can be passed off as an interior node (a second-preimage attack on the tree).
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** The hash of the tree with no leaves: SHA-256 of the empty string. */
export const EMPTY_TREE_ROOT = createHash('sha256').digest();

// One-shot hashing of the joined bytes: a verifier hashes a leaf and about one node per event,
// and a Hash object for each costs as much again as the hashing itself.
export function hashLeaf(leaf: Uint8Array): Buffer {
  return hash('sha256', Buffer.concat([LEAF_PREFIX, leaf]), 'buffer');
}

export function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  return hash('sha256', Buffer.concat([NODE_PREFIX, left, right]), 'buffer');
}
