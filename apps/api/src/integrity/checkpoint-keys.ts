import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckpointSigning } from '@concordat/config';
import { generateSigningKeyPair, keyIdOf, publicKeyPemOf } from '@concordat/integrity';

export const CHECKPOINT_KEYS = Symbol('CHECKPOINT_KEYS');

/** The file the embedded demo keeps its checkpoint signing key in when none is configured. */
export const DEVELOPMENT_SIGNING_KEY_FILE = 'checkpoint-signing.key';

/** The key checkpoints are signed with here, and the public key anyone may check them with. */
export interface CheckpointKeys {
  /** Absent when no key is configured outside the demo: this API then signs nothing. */
  readonly privateKeyPem: string | undefined;
  readonly published: { readonly publicKeyPem: string; readonly keyId: string } | undefined;
}

/**
 * Reads the key files once, at start, so that a missing or wrong key stops the API there rather
 * than at the first checkpoint. The published key is the public key file when it is set, else the
 * public half of the private key; when both are set they must be one pair.
 *
 * `developmentDataDir` is given on the embedded demo only (never in production): with no key
 * configured at all, the demo signs with a key of its own kept there, so that it has checkpoints
 * and evidence bundles to show, as it keeps its own token secret.
 */
export async function loadCheckpointKeys(
  settings: CheckpointSigning,
  developmentDataDir?: string,
): Promise<CheckpointKeys> {
  const configured = settings.keyFile && (await readFile(settings.keyFile, 'utf8'));
  const publicKeyFile = settings.publicKeyFile && (await readFile(settings.publicKeyFile, 'utf8'));
  const privateKeyPem =
    configured ||
    (developmentDataDir && !publicKeyFile
      ? await developmentSigningKey(developmentDataDir)
      : undefined);
  if (privateKeyPem && publicKeyFile && keyIdOf(privateKeyPem) !== keyIdOf(publicKeyFile)) {
    throw new Error(
      'CONCORDAT_SIGNING_PUBLIC_KEY_FILE is not the public half of CONCORDAT_SIGNING_KEY_FILE: ' +
        'checkpoints signed here would not verify against the key published',
    );
  }
  const publicKeyPem = publicKeyFile || privateKeyPem;
  return {
    privateKeyPem: privateKeyPem || undefined,
    published: publicKeyPem
      ? { publicKeyPem: publicKeyPemOf(publicKeyPem), keyId: keyIdOf(publicKeyPem) }
      : undefined,
  };
}

/** The demo's own key, made on its first start and kept, so its checkpoints stay verifiable. */
async function developmentSigningKey(dataDir: string): Promise<string> {
  const file = join(dataDir, DEVELOPMENT_SIGNING_KEY_FILE);
  await mkdir(dataDir, { recursive: true });
  // 'wx': when two processes start together, the second reads the first one's key.
  await writeFile(file, generateSigningKeyPair().privateKeyPem, { mode: 0o600, flag: 'wx' }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  return readFile(file, 'utf8');
}
