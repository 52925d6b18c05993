import type { SignedCheckpoint } from '@concordat/integrity';
import type { StoredCheckpoint } from '../checkpoints/checkpoint-store';

/**
 * A checkpoint as published: what was signed, and where its tree ended in the log, which is not
 * signed and which a verifier ignores (it says which events the checkpoint covers).
 */
export interface PublishedCheckpoint extends SignedCheckpoint {
  readonly lastPosition: string;
}

export function publishedCheckpoint(checkpoint: StoredCheckpoint): PublishedCheckpoint {
  const { treeSize, rootHash, issuedAt, keyId, signature, lastPosition } = checkpoint;
  return { treeSize, rootHash, issuedAt, keyId, signature, lastPosition: lastPosition.toString() };
}

/**
 * That an event is in the log a signed checkpoint commits to, as the API publishes it and
 * `concordat audit check-proof` reads it back. Sizes, indexes and positions are decimal text, so
 * that they survive JSON whatever their size.
 */
export interface PublishedInclusionProof {
  readonly eventId: string;
  readonly globalPosition: string;
  /** The event's stream-chain hash: its leaf is the leaf hash of these 32 bytes. */
  readonly eventHash: string;
  readonly leafHash: string;
  /** The event's place in the log, counting from 0: its index among the tree's leaves. */
  readonly leafIndex: string;
  readonly treeSize: string;
  /** RFC 9162's inclusion path: the sibling hashes from the leaf up to the root. */
  readonly auditPath: readonly string[];
  readonly checkpoint: PublishedCheckpoint;
}

/** That the tree one signed checkpoint commits to is a prefix of the tree of a later one. */
export interface PublishedConsistencyProof {
  readonly fromTreeSize: string;
  readonly toTreeSize: string;
  /** RFC 9162's consistency path between the two trees. */
  readonly consistencyPath: readonly string[];
  readonly from: PublishedCheckpoint;
  readonly to: PublishedCheckpoint;
}
