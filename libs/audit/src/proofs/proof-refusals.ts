/** A proof asked for an event that the chosen checkpoint does not cover (yet). */
export class EventNotCovered extends Error {
  constructor(position: bigint, treeSize: string) {
    super(
      `the event at position ${position} is not covered by the checkpoint of tree size ` +
        `${treeSize}; ask against a later checkpoint, or once one is signed`,
    );
    this.name = 'EventNotCovered';
  }
}

/**
 * The log no longer has the tree a checkpoint signed, so no proof against it could verify. The
 * operator's to investigate: nothing is proven until the log matches its checkpoints again.
 */
export class LogDiffersFromCheckpoint extends Error {
  constructor(detail: string) {
    super(`${detail}; no proofs are given until it does: run concordat audit verify`);
    this.name = 'LogDiffersFromCheckpoint';
  }
}
