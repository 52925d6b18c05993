import { type SignedCheckpoint, verifyInclusion } from '@concordat/integrity';
import { leafOfEvent } from '../log/leaf-of-event';
import { BUNDLE_FILES } from './evidence-bundle';
import type { EvidenceProblem } from './evidence-problem';
import type { EventLine, NumberedProof } from './read-evidence-bundle';
import { lineOf } from './verify-evidence-events';

export interface ProofVerdicts {
  readonly problems: readonly EvidenceProblem[];
  /** Proofs that lead from their event's leaf to the root of their checkpoint. */
  readonly verified: number;
}

/**
 * Every event has one inclusion proof, and each proof leads from the leaf of the event at its
 * leaf index to the root of the checkpoint of its tree size. The leaf is recomputed from the
 * event's hash, so a proof stands for the event only while its text still hashes to that hash,
 * which the chain check sees to.
 */
export function proofVerdicts(
  lines: readonly EventLine[],
  proofs: readonly NumberedProof[],
  checkpoints: readonly SignedCheckpoint[],
): ProofVerdicts {
  const byLeaf = new Map(lines.map((line) => [line.event.leafIndex, line]));
  const proven = new Set<string>();
  const problems: EvidenceProblem[] = [];
  let verified = 0;
  for (const { number, proof } of proofs) {
    const reasons: string[] = [];
    const line = byLeaf.get(proof.leafIndex);
    const checkpoint = checkpoints.find(({ treeSize }) => treeSize === proof.treeSize);
    if (proven.has(proof.leafIndex)) reasons.push('a proof of this leaf comes earlier');
    proven.add(proof.leafIndex);
    if (!line) reasons.push('no line of events.jsonl has this leaf');
    else if (
      line.event.streamId !== proof.streamId ||
      line.event.streamRevision !== proof.streamRevision
    ) {
      reasons.push(`the event with this leaf is on ${lineOf(line)}`);
    }
    if (!checkpoint)
      reasons.push(`checkpoints.json has no checkpoint of tree size ${proof.treeSize}`);
    if (reasons.length === 0 && line && checkpoint) {
      const included = verifyInclusion({
        leafHash: leafOfEvent(line.event),
        leafIndex: BigInt(proof.leafIndex),
        treeSize: BigInt(proof.treeSize),
        rootHash: checkpoint.rootHash,
        proof: proof.auditPath,
      });
      if (included) verified += 1;
      else {
        reasons.push(
          `the audit path does not lead from the leaf of line ${line.line}'s event to the root ` +
            `the checkpoint of tree size ${proof.treeSize} signed`,
        );
      }
    }
    const where =
      `proof ${number} (stream ${proof.streamId} revision ${proof.streamRevision}, ` +
      `leaf ${proof.leafIndex})`;
    problems.push(...reasons.map((reason) => ({ file: BUNDLE_FILES.proofs, where, reason })));
  }
  for (const line of lines) {
    if (!proven.has(line.event.leafIndex)) {
      problems.push({
        file: BUNDLE_FILES.events,
        where: lineOf(line),
        reason: 'proofs.json has no inclusion proof of this event',
      });
    }
  }
  return { problems, verified };
}
