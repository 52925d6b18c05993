import { createHash } from 'node:crypto';
import { keyIdOf, type SignedCheckpoint, verifyCheckpoint } from '@concordat/integrity';
import { compareBigInt } from '../verification/compare-bigint';
import {
  BUNDLE_FILES,
  type BundleFileName,
  type EvidenceManifest,
  HASHED_FILES,
} from './evidence-bundle';
import type { EvidenceProblem } from './evidence-problem';
import {
  type EvidenceBundleFiles,
  type EventLines,
  readCheckpoints,
  readEventLines,
  readManifest,
  readProofs,
} from './read-evidence-bundle';
import { manifestSignatureProblems } from './manifest-signature';
import { eventProblems } from './verify-evidence-events';
import { proofVerdicts } from './verify-evidence-proofs';
import { streamProblems } from './verify-evidence-streams';

export interface EvidenceVerificationOptions {
  /**
   * The public key the auditor obtained on their own. The bundled key must be it, and the
   * manifest and checkpoints are checked with it; without it, the bundle vouches for its own key.
   */
  readonly expectedPublicKeyPem?: string;
}

export interface EvidenceVerification {
  readonly partnershipId: string | undefined;
  readonly events: number;
  readonly streams: number;
  readonly proofsVerified: number;
  /** The checkpoint of the largest tree in the bundle, which the proofs lead to. */
  readonly checkpoint: SignedCheckpoint | undefined;
  /** The key the manifest and checkpoints were checked with. */
  readonly keyId: string | undefined;
  /** Whether that key was the auditor's own rather than the bundle's. */
  readonly keyExpected: boolean;
  /**
   * Empty when the bundle is intact. By file; within a file, what is wrong with the whole file
   * first, then lines (or elements) that cannot be read, then what the others fail.
   */
  readonly problems: readonly EvidenceProblem[];
}

const FILE_ORDER: readonly BundleFileName[] = [
  BUNDLE_FILES.manifest,
  BUNDLE_FILES.events,
  BUNDLE_FILES.proofs,
  BUNDLE_FILES.checkpoints,
  BUNDLE_FILES.publicKey,
];

/**
 * Checks an evidence bundle with nothing but its files: the manifest's signature, its hashes of
 * them and the stream heads it lists, every event's hash and chain, every inclusion proof, and
 * every checkpoint's signature. Throws only when the expected public key is not an Ed25519 key,
 * which is the caller's input to fix.
 */
export function verifyEvidenceBundle(
  files: EvidenceBundleFiles,
  options: EvidenceVerificationOptions = {},
): EvidenceVerification {
  const expectedKeyId =
    options.expectedPublicKeyPem === undefined ? undefined : keyIdOf(options.expectedPublicKeyPem);
  const problems: EvidenceProblem[] = [];
  const manifest = readManifest(files, problems);
  const events = readEventLines(files, problems);
  const proofs = readProofs(files, problems);
  const checkpoints = readCheckpoints(files, problems);
  const bundledKey = readBundledKey(files, problems);
  if (expectedKeyId !== undefined && bundledKey && bundledKey.keyId !== expectedKeyId) {
    problems.push({
      file: BUNDLE_FILES.publicKey,
      reason: `is key ${bundledKey.keyId}, not the expected key ${expectedKeyId}`,
    });
  }
  const keyPem = options.expectedPublicKeyPem ?? bundledKey?.pem;
  const latest = [...checkpoints]
    .sort((a, b) => compareBigInt(treeSizeOf(a), treeSizeOf(b)))
    .at(-1);
  const proofResults = proofVerdicts(events.lines, proofs, checkpoints);
  problems.push(
    ...(manifest && keyPem !== undefined ? manifestSignatureProblems(manifest, keyPem) : []),
    ...(manifest ? manifestProblems(manifest, files, events, latest) : []),
    ...eventProblems(events.lines, manifest?.partnershipId),
    ...(manifest ? streamProblems(manifest.streams, events) : []),
    ...proofResults.problems,
    ...(keyPem === undefined ? [] : signatureProblems(checkpoints, keyPem)),
  );
  return {
    partnershipId: manifest?.partnershipId,
    events: events.lines.length,
    streams: new Set(events.lines.map(({ event }) => event.streamId)).size,
    proofsVerified: proofResults.verified,
    checkpoint: latest,
    keyId: expectedKeyId ?? bundledKey?.keyId,
    keyExpected: expectedKeyId !== undefined,
    problems: problems.sort(
      (a, b) =>
        FILE_ORDER.indexOf(a.file) - FILE_ORDER.indexOf(b.file) ||
        Number(a.where !== undefined) - Number(b.where !== undefined),
    ),
  };
}

/** The files are the ones the manifest hashed, and it describes them truly. */
function manifestProblems(
  manifest: EvidenceManifest,
  files: EvidenceBundleFiles,
  events: EventLines,
  latest: SignedCheckpoint | undefined,
): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const wrong = (reason: string) => problems.push({ file: BUNDLE_FILES.manifest, reason });
  for (const file of HASHED_FILES) {
    const listed = manifest.sha256[file];
    const bytes = files[file];
    if (listed === undefined) wrong(`lists no SHA-256 of ${file}`);
    else if (bytes !== undefined && sha256(bytes) !== listed) {
      problems.push({
        file,
        reason: `its SHA-256 is ${sha256(bytes)}, not the ${listed} manifest.json lists: one of them was changed`,
      });
    }
  }
  if (manifest.events !== events.count) {
    wrong(`says ${manifest.events} events, but events.jsonl has ${events.count} lines`);
  }
  if (latest) {
    for (const field of ['treeSize', 'rootHash', 'keyId'] as const) {
      if (manifest[field] !== latest[field]) {
        wrong(
          `says ${field} ${manifest[field]}, but the latest checkpoint in checkpoints.json has ${latest[field]}`,
        );
      }
    }
  }
  return problems;
}

function signatureProblems(
  checkpoints: readonly SignedCheckpoint[],
  publicKeyPem: string,
): EvidenceProblem[] {
  return checkpoints.flatMap((checkpoint) => {
    const verdict = verifyCheckpoint(checkpoint, publicKeyPem);
    return verdict.valid
      ? []
      : [
          {
            file: BUNDLE_FILES.checkpoints,
            where: `checkpoint of tree size ${checkpoint.treeSize}`,
            reason: verdict.reason,
          },
        ];
  });
}

function readBundledKey(
  files: EvidenceBundleFiles,
  problems: EvidenceProblem[],
): { pem: string; keyId: string } | undefined {
  const file = BUNDLE_FILES.publicKey;
  const bytes = files[file];
  if (bytes === undefined) {
    problems.push({ file, reason: 'is not in the bundle' });
    return undefined;
  }
  const pem = bytes.toString('utf8');
  try {
    return { pem, keyId: keyIdOf(pem) };
  } catch (error) {
    problems.push({ file, reason: `is not an Ed25519 public key: ${(error as Error).message}` });
    return undefined;
  }
}

/** A tree size that is not a number sorts first; its signature check names what is wrong. */
function treeSizeOf(checkpoint: SignedCheckpoint): bigint {
  return /^[0-9]+$/.test(checkpoint.treeSize) ? BigInt(checkpoint.treeSize) : -1n;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
