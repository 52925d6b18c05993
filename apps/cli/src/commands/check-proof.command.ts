import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { checkPublishedProof, type ProofCheck } from '@concordat/audit';
import { loadConfig } from '@concordat/config';
import type { CliOutput } from '../cli-output';

/** Why `audit check-proof` exits non-zero: each proof that does not hold, and why. */
export class ProofDoesNotHold extends Error {
  constructor(readonly failed: readonly ProofCheck[]) {
    super(
      failed
        .map(
          (check) =>
            `the ${check.kind} proof does not hold:\n` +
            check.problems.map((problem) => `  - ${problem}`).join('\n'),
        )
        .join('\n'),
    );
    this.name = 'ProofDoesNotHold';
  }
}

/**
 * `concordat audit check-proof --file proof.json [--public-key FILE]`: checks an inclusion or a
 * consistency proof saved from the API with the public key alone, without a database or a server:
 * the signature of every checkpoint, and every hash up to the signed root.
 */
export function registerCheckProofCommand(program: Command, output: CliOutput): void {
  auditCommandOf(program)
    .command('check-proof')
    .description(
      'check a proof saved from the API (inclusionProof, consistencyProof) with the public key',
    )
    .requiredOption('--file <file>', "the API's JSON answer, or the proof object alone")
    .option('--public-key <file>', 'PEM public key (default: CONCORDAT_SIGNING_PUBLIC_KEY_FILE)')
    .action(async (options: { file: string; publicKey?: string }) => {
      const publicKeyPem = await readFile(publicKeyFile(options.publicKey), 'utf8');
      const checks = proofsIn(await readJson(options.file)).map((proof) =>
        checkPublishedProof(proof, publicKeyPem),
      );
      const failed = checks.filter((check) => check.problems.length > 0);
      if (failed.length > 0) throw new ProofDoesNotHold(failed);
      for (const check of checks) output.info(`${check.kind} proof holds: ${check.claim}`);
    });
}

/** The `audit` command when it is registered already, so that its subcommands stay together. */
function auditCommandOf(program: Command): Command {
  return program.commands.find((command) => command.name() === 'audit') ?? program.command('audit');
}

function publicKeyFile(given: string | undefined): string {
  const file = given ?? loadConfig().checkpointSigning.publicKeyFile;
  if (file === undefined) {
    throw new Error('give the public key: --public-key FILE, or CONCORDAT_SIGNING_PUBLIC_KEY_FILE');
  }
  return file;
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
}

/**
 * A GraphQL answer holds its proofs under `data`, one per field asked (aliases included); a
 * file may also hold one proof object alone.
 */
function proofsIn(document: unknown): unknown[] {
  if (typeof document !== 'object' || document === null || !('data' in document)) {
    return [document];
  }
  const proofs = Object.values(document.data ?? {}).filter((value) => value !== null);
  if (proofs.length === 0) {
    const errors = 'errors' in document ? JSON.stringify(document.errors) : 'no data';
    throw new Error(`the file holds no proof, only the API's answer: ${errors}`);
  }
  return proofs;
}
