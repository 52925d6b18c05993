import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { generateSigningKeyPair } from '@concordat/integrity';
import type { CliOutput } from '../cli-output';

export const PRIVATE_KEY_FILE = 'checkpoint-signing.key';
export const PUBLIC_KEY_FILE = 'checkpoint-signing.pub';

/**
 * `concordat keys generate --out DIR`: makes the Ed25519 key pair integrity checkpoints are
 * signed with. The private key is readable by its owner only; an existing key is never
 * overwritten, since checkpoints signed with it could no longer be verified.
 */
export function registerKeyCommands(program: Command, output: CliOutput): void {
  program
    .command('keys')
    .description('keys that sign integrity checkpoints')
    .command('generate')
    .description('make an Ed25519 key pair for signing checkpoints')
    .requiredOption('--out <dir>', 'directory to write the key pair to (created if missing)')
    .action(async (options: { out: string }) => {
      const directory = resolve(options.out);
      const privatePath = join(directory, PRIVATE_KEY_FILE);
      const publicPath = join(directory, PUBLIC_KEY_FILE);
      await mkdir(directory, { recursive: true });
      for (const path of [privatePath, publicPath]) await refuseExisting(path);
      const pair = generateSigningKeyPair();
      await writeFile(privatePath, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
      await writeFile(publicPath, pair.publicKeyPem, { mode: 0o644, flag: 'wx' });
      output.info(`key id ${pair.keyId}`);
      output.info(`private key: ${privatePath} (keep it secret; only its owner can read it)`);
      output.info(`public key: ${publicPath} (give it to auditors)`);
      output.info('set, for concordat audit checkpoint, audit verify and audit export:');
      output.info(`  CONCORDAT_SIGNING_KEY_FILE=${privatePath}`);
      output.info(`  CONCORDAT_SIGNING_PUBLIC_KEY_FILE=${publicPath}`);
    });
}

async function refuseExisting(path: string): Promise<void> {
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new Error(`${path} exists; a key is never overwritten: choose another --out`);
}
