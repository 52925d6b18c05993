import type { SignedCheckpoint } from '@concordat/integrity';

/** A signed checkpoint as it is kept beside the log. */
export interface StoredCheckpoint extends SignedCheckpoint {
  /**
   * The global position of the tree's last leaf when the checkpoint was issued. It is not signed:
   * it only tells a verifier where in the log a difference from the signed root lies.
   */
  readonly lastPosition: bigint;
}

/** Where checkpoints are kept: appended, never changed. */
export interface CheckpointStore {
  /** Refuses a second checkpoint of the same tree size. */
  append(checkpoint: StoredCheckpoint): Promise<void>;
  /** Every checkpoint, the smallest tree first. */
  list(): Promise<readonly StoredCheckpoint[]>;
  /** The checkpoint of the largest tree, or undefined when there is none yet. */
  latest(): Promise<StoredCheckpoint | undefined>;
}
