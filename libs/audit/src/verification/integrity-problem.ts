/**
 * Something `verifyLog` found wrong, located as precisely as the evidence allows: a stream chain
 * names the stream and revision; the Merkle tree, which only signs whole prefixes of the log,
 * names the checkpoint and the span of positions the difference lies in.
 */
export type IntegrityProblem = ChainProblem | TreeProblem | CheckpointProblem;

/** One event's stream chain does not hold. */
export interface ChainProblem {
  readonly kind: 'chain';
  readonly streamId: string;
  readonly streamRevision: bigint;
  /** Where the event is in the log; for a missing event, where the one that follows it is. */
  readonly globalPosition: bigint;
  readonly reason: string;
  /** Tree size of the first checkpoint that covered the event; undefined when none does yet. */
  readonly checkpoint: string | undefined;
}

/** The log no longer has the tree a checkpoint signed. */
export interface TreeProblem {
  readonly kind: 'tree';
  /** Tree size of the checkpoint. */
  readonly checkpoint: string;
  /** The difference lies after this position (undefined: from the start of the log)... */
  readonly afterPosition: bigint | undefined;
  /** ...and up to this one, where the checkpoint's tree ended. */
  readonly upToPosition: bigint;
  readonly reason: string;
}

/** A checkpoint itself does not hold: it is not signed by the key, or not as it reads. */
export interface CheckpointProblem {
  readonly kind: 'checkpoint';
  readonly checkpoint: string;
  readonly reason: string;
}

/** One line for an operator or an auditor. */
export function describeProblem(problem: IntegrityProblem): string {
  switch (problem.kind) {
    case 'chain': {
      const covered =
        problem.checkpoint === undefined
          ? 'not yet covered by a checkpoint'
          : `first covered by the checkpoint of tree size ${problem.checkpoint}`;
      return `stream ${problem.streamId} revision ${problem.streamRevision}: ${problem.reason} (${covered})`;
    }
    case 'tree': {
      const from =
        problem.afterPosition === undefined
          ? 'from the start of the log'
          : `after ${problem.afterPosition}`;
      return (
        `checkpoint of tree size ${problem.checkpoint}, positions ${from} up to ` +
        `${problem.upToPosition}: ${problem.reason}`
      );
    }
    case 'checkpoint':
      return `checkpoint of tree size ${problem.checkpoint}: ${problem.reason}`;
  }
}
