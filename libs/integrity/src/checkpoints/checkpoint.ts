import { canonicalJson } from '@concordat/shared-kernel';
import { decodeHash } from '../hex';

/**
 * A statement that the global log's Merkle tree had this size and root at this time, in the
 * words of the key that signs it. Every field is text so that the signed bytes are exactly the
 * canonical JSON of what is stored and published.
 */
export interface Checkpoint {
  /** A non-negative integer in decimal, without leading zeros: a bigint that survives JSON. */
  readonly treeSize: string;
  /** The tree's root hash, lowercase hex. */
  readonly rootHash: string;
  /** An instant as Date.prototype.toISOString writes it, so that it has one spelling. */
  readonly issuedAt: string;
  /** The first 16 hex characters of SHA-256 over the signing key's DER SubjectPublicKeyInfo. */
  readonly keyId: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** The Ed25519 signature over the checkpoint's canonical bytes, lowercase hex. */
  readonly signature: string;
}

const DECIMAL = /^(?:0|[1-9][0-9]*)$/;
const KEY_ID = /^[0-9a-f]{16}$/;

/** Why a checkpoint's fields are not well formed, or undefined when they are. */
export function checkpointFieldProblem(checkpoint: Checkpoint): string | undefined {
  if (typeof checkpoint.treeSize !== 'string' || !DECIMAL.test(checkpoint.treeSize)) {
    return 'treeSize is not a decimal integer';
  }
  if (decodeHash(checkpoint.rootHash) === undefined) return 'rootHash is not a SHA-256 hash';
  if (!isIsoInstant(checkpoint.issuedAt)) return 'issuedAt is not an ISO 8601 instant';
  if (typeof checkpoint.keyId !== 'string' || !KEY_ID.test(checkpoint.keyId)) {
    return 'keyId is not 16 hex characters';
  }
  return undefined;
}

function isIsoInstant(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const instant = new Date(text);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === text;
}

/**
 * The bytes a signature covers: RFC 8785 canonical JSON of the four fields and nothing else, so
 * that any field added to a stored or published checkpoint later cannot change what was signed.
 */
export function checkpointBytes(checkpoint: Checkpoint): Buffer {
  const { treeSize, rootHash, issuedAt, keyId } = checkpoint;
  return Buffer.from(canonicalJson({ treeSize, rootHash, issuedAt, keyId }), 'utf8');
}
