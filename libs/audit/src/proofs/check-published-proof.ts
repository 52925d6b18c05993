import {
  type SignedCheckpoint,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@concordat/integrity';
import { leafOfEvent } from '../log/leaf-of-event';

export interface ProofCheck {
  readonly kind: 'inclusion' | 'consistency';
  /** What the proof shows when it holds. */
  readonly claim: string;
  /** Why it does not hold; empty when it does. */
  readonly problems: readonly string[];
}

type Fields = Readonly<Record<string, unknown>>;

const DECIMAL = /^(?:0|[1-9][0-9]*)$/;

/**
 * Checks a proof as the API publishes it (a PublishedInclusionProof or PublishedConsistencyProof)
 * with nothing but the public key: every signature, and every hash from the leaf or the earlier
 * root up to the signed root. It trusts nothing in the document, so a malformed field is a
 * problem it names, never an exception.
 */
export function checkPublishedProof(proof: unknown, publicKeyPem: string): ProofCheck {
  if (!isFields(proof)) throw new TypeError('a proof is a JSON object');
  if ('auditPath' in proof) return checkInclusion(proof, publicKeyPem);
  if ('consistencyPath' in proof) return checkConsistency(proof, publicKeyPem);
  throw new TypeError('not a proof: it has neither an auditPath nor a consistencyPath');
}

function checkInclusion(proof: Fields, publicKeyPem: string): ProofCheck {
  const checkpoint = proof['checkpoint'];
  const problems = [
    ...signatureProblems('the checkpoint', checkpoint, publicKeyPem),
    ...sameSize('treeSize', proof['treeSize'], checkpoint),
  ];
  const eventHash = proof['eventHash'];
  if (typeof eventHash !== 'string' || leafOfEvent({ hash: eventHash }) !== proof['leafHash']) {
    problems.push('leafHash is not the leaf hash of the eventHash');
  }
  const leafIndex = decimal(proof['leafIndex']);
  const treeSize = decimal(field(checkpoint, 'treeSize'));
  const path = hashList(proof['auditPath']);
  const proven =
    leafIndex !== undefined &&
    treeSize !== undefined &&
    path !== undefined &&
    verifyInclusion({
      leafHash: String(proof['leafHash']),
      leafIndex,
      treeSize,
      rootHash: String(field(checkpoint, 'rootHash')),
      proof: path,
    });
  if (!proven) problems.push("the audit path does not lead from the leaf to the checkpoint's root");
  return {
    kind: 'inclusion',
    claim:
      `event ${String(proof['eventId'])} at position ${String(proof['globalPosition'])} is ` +
      `leaf ${String(proof['leafIndex'])} of the tree of size ${String(proof['treeSize'])} ` +
      signedBy(checkpoint),
    problems,
  };
}

function checkConsistency(proof: Fields, publicKeyPem: string): ProofCheck {
  const from = proof['from'];
  const to = proof['to'];
  const problems = [
    ...signatureProblems('the earlier checkpoint', from, publicKeyPem),
    ...signatureProblems('the later checkpoint', to, publicKeyPem),
    ...sameSize('fromTreeSize', proof['fromTreeSize'], from),
    ...sameSize('toTreeSize', proof['toTreeSize'], to),
  ];
  const firstSize = decimal(field(from, 'treeSize'));
  const secondSize = decimal(field(to, 'treeSize'));
  const path = hashList(proof['consistencyPath']);
  const proven =
    firstSize !== undefined &&
    secondSize !== undefined &&
    path !== undefined &&
    verifyConsistency({
      firstSize,
      firstRoot: String(field(from, 'rootHash')),
      secondSize,
      secondRoot: String(field(to, 'rootHash')),
      proof: path,
    });
  if (!proven) {
    problems.push('the consistency path does not lead from the earlier root to the later one');
  }
  return {
    kind: 'consistency',
    claim:
      `the tree of size ${String(proof['fromTreeSize'])} ${signedBy(from)} is a prefix of the ` +
      `tree of size ${String(proof['toTreeSize'])} ${signedBy(to)}`,
    problems,
  };
}

function signatureProblems(what: string, checkpoint: unknown, publicKeyPem: string): string[] {
  if (!isFields(checkpoint)) return [`${what} is missing`];
  const verdict = verifyCheckpoint(checkpoint as unknown as SignedCheckpoint, publicKeyPem);
  return verdict.valid ? [] : [`${what}: ${verdict.reason}`];
}

/** A size stated beside a checkpoint must be the size it signed, or the claim is not its. */
function sameSize(name: string, stated: unknown, checkpoint: unknown): string[] {
  const signed = field(checkpoint, 'treeSize');
  return stated === signed ? [] : [`${name} ${String(stated)} is not the signed tree size`];
}

function signedBy(checkpoint: unknown): string {
  return `signed by key ${String(field(checkpoint, 'keyId'))} at ${String(field(checkpoint, 'issuedAt'))}`;
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, name: string): unknown {
  return isFields(value) ? value[name] : undefined;
}

function decimal(value: unknown): bigint | undefined {
  return typeof value === 'string' && DECIMAL.test(value) ? BigInt(value) : undefined;
}

/** The verifiers check each hash; here only that the path is a list of text at all. */
function hashList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? value
    : undefined;
}
