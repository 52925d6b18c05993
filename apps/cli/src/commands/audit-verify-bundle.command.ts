import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  describeEvidenceProblem,
  type EvidenceProblem,
  type EvidenceVerification,
  verifyEvidenceBundle,
} from '@concordat/audit';
import { keyIdOf } from '@concordat/integrity';
import type { CliOutput } from '../cli-output';
import { readBundleDirectory } from './evidence-bundle-directory';

/** Why `audit verify --bundle` exits non-zero: every problem it found, one per line. */
export class EvidenceBundleProblemsFound extends Error {
  constructor(readonly problems: readonly EvidenceProblem[]) {
    super(
      `audit verify found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ` +
        'the evidence bundle:\n' +
        problems.map((problem) => `  - ${describeEvidenceProblem(problem)}`).join('\n'),
    );
    this.name = 'EvidenceBundleProblemsFound';
  }
}

/**
 * `concordat audit verify --bundle DIR [--public-key FILE]`: checks an evidence bundle with its
 * files alone. It reads no configuration and opens no store, so an auditor can run it anywhere.
 */
export async function runAuditVerifyBundle(
  bundleDirectory: string,
  publicKeyFile: string | undefined,
  output: CliOutput,
): Promise<void> {
  const expectedPublicKeyPem =
    publicKeyFile === undefined ? undefined : await readExpectedKey(publicKeyFile);
  const files = await readBundleDirectory(resolve(bundleDirectory));
  const result = verifyEvidenceBundle(files, { expectedPublicKeyPem });
  for (const line of summary(result)) output.info(line);
  if (result.problems.length > 0) throw new EvidenceBundleProblemsFound(result.problems);
  output.info('no problems found');
}

async function readExpectedKey(file: string): Promise<string> {
  const pem = await readFile(file, 'utf8');
  try {
    keyIdOf(pem);
  } catch (error) {
    throw new Error(`--public-key ${file}: ${(error as Error).message}`);
  }
  return pem;
}

function summary(result: EvidenceVerification): string[] {
  const { checkpoint } = result;
  const key = result.keyExpected
    ? `checked with the key given with --public-key, ${result.keyId}`
    : `checked with the bundled key ${result.keyId ?? '(unreadable)'}; pass --public-key FILE ` +
      'to check that it is the key you trust';
  return [
    `bundle of partnership ${result.partnershipId ?? '(unknown)'}: ` +
      `${result.events} events in ${result.streams} streams`,
    checkpoint
      ? `${result.proofsVerified} of ${result.events} inclusion proofs verified against the ` +
        `checkpoint of tree size ${checkpoint.treeSize}, root ${checkpoint.rootHash}, ` +
        `issued at ${checkpoint.issuedAt}`
      : 'no checkpoint could be read',
    `signatures of the manifest and checkpoints ${key}`,
  ];
}
