import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKeyPair, type SigningKeyPair } from '@concordat/integrity';

export interface SigningKeyFiles {
  readonly key: SigningKeyPair;
  readonly privateKeyFile: string;
  readonly publicKeyFile: string;
  /** The settings that give a test server this key, with signing on demand only. */
  readonly env: Record<string, string>;
  remove(): Promise<void>;
}

/** A fresh checkpoint signing key pair in a temporary directory, as `concordat keys generate`. */
export async function signingKeyFiles(): Promise<SigningKeyFiles> {
  const directory = await mkdtemp(join(tmpdir(), 'concordat-checkpoint-keys-'));
  const key = generateSigningKeyPair();
  const privateKeyFile = join(directory, 'checkpoint-signing.key');
  const publicKeyFile = join(directory, 'checkpoint-signing.pub');
  await writeFile(privateKeyFile, key.privateKeyPem);
  await writeFile(publicKeyFile, key.publicKeyPem);
  return {
    key,
    privateKeyFile,
    publicKeyFile,
    env: {
      CONCORDAT_SIGNING_KEY_FILE: privateKeyFile,
      CONCORDAT_SIGNING_PUBLIC_KEY_FILE: publicKeyFile,
      CONCORDAT_CHECKPOINT_INTERVAL_MS: '0',
    },
    remove: () => rm(directory, { recursive: true, force: true }),
  };
}
