import type { StoredEvent } from '@concordat/event-store';
import { keyIdOf } from '@concordat/integrity';
import type { StoredCheckpoint } from '../checkpoints/checkpoint-store';
import { CheckpointTrail } from './checkpoint-trail';
import { compareBigInt } from './compare-bigint';
import type { ChainProblem, IntegrityProblem } from './integrity-problem';
import { type ChainBreak, StreamChains } from './stream-chains';

export interface LogVerificationRequest {
  /** The whole global log, in position order. */
  readonly events: AsyncIterable<StoredEvent>;
  readonly checkpoints: readonly StoredCheckpoint[];
  /** The Ed25519 public key every checkpoint must be signed with. */
  readonly publicKeyPem: string;
  readonly onProgress?: (eventsRead: number) => void;
}

export interface LogVerification {
  readonly events: number;
  readonly streams: number;
  readonly checkpoints: number;
  /** Checkpoints signed by the key whose root is the log's root at their size. */
  readonly checkpointsVerified: number;
  /**
   * Consecutive checkpoints proven to sign one growing log, out of `pairs`: both their roots were
   * recomputed from this one log, the earlier's from a prefix of the later's leaves.
   */
  readonly consistentPairs: number;
  readonly pairs: number;
  /** Empty when the log and its checkpoints are intact. */
  readonly problems: readonly IntegrityProblem[];
}

/**
 * Reads the log once and checks everything that can be checked from it: every stream's hash
 * chain, the Merkle root at each checkpoint's size, each checkpoint's signature, and that each
 * checkpoint extends the one before it.
 */
export async function verifyLog(request: LogVerificationRequest): Promise<LogVerification> {
  keyIdOf(request.publicKeyPem); // a key that is not Ed25519 fails now, not after the whole log
  const checkpoints = [...request.checkpoints].sort((a, b) =>
    compareBigInt(BigInt(a.treeSize), BigInt(b.treeSize)),
  );
  const chains = new StreamChains();
  const trail = new CheckpointTrail(checkpoints);
  const breaks: ChainBreak[] = [];
  let events = 0;
  for await (const event of request.events) {
    const found = chains.check(event);
    if (found.length > 0) breaks.push(...found);
    trail.append(event);
    events += 1;
    request.onProgress?.(events);
  }
  breaks.push(...chains.missing());
  const verdicts = trail.verdicts(request.publicKeyPem);
  return {
    events,
    streams: chains.streamCount,
    checkpoints: checkpoints.length,
    checkpointsVerified: verdicts.verified,
    consistentPairs: verdicts.consistentPairs,
    pairs: verdicts.pairs,
    problems: [...breaks.map((found) => placed(found, checkpoints)), ...verdicts.problems],
  };
}

/** A chain break with the first checkpoint whose tree reached the event. */
function placed(found: ChainBreak, checkpoints: readonly StoredCheckpoint[]): ChainProblem {
  const { earliestPosition, ...problem } = found;
  const covering = checkpoints.find((checkpoint) => checkpoint.lastPosition >= earliestPosition);
  return { kind: 'chain', ...problem, checkpoint: covering?.treeSize };
}
