import { readFile } from 'node:fs/promises';
import type { CheckpointSigning } from '@concordat/config';
import { keyIdOf, publicKeyPemOf } from '@concordat/integrity';

export const CHECKPOINT_KEYS = Symbol('CHECKPOINT_KEYS');

/** The key checkpoints are signed with here, and the public key anyone may check them with. */
export interface CheckpointKeys {
  /** Absent when CONCORDAT_SIGNING_KEY_FILE is not set: this API then signs nothing. */
  readonly privateKeyPem: string | undefined;
  readonly published: { readonly publicKeyPem: string; readonly keyId: string } | undefined;
}

/**
 * Reads the key files once, at start, so that a missing or wrong key stops the API there rather
 * than at the first checkpoint. The published key is the public key file when it is set, else the
 * public half of the private key; when both are set they must be one pair.
 */
export async function loadCheckpointKeys(settings: CheckpointSigning): Promise<CheckpointKeys> {
  const privateKeyPem = settings.keyFile && (await readFile(settings.keyFile, 'utf8'));
  const publicKeyFile = settings.publicKeyFile && (await readFile(settings.publicKeyFile, 'utf8'));
  if (privateKeyPem && publicKeyFile && keyIdOf(privateKeyPem) !== keyIdOf(publicKeyFile)) {
    throw new Error(
      'CONCORDAT_SIGNING_PUBLIC_KEY_FILE is not the public half of CONCORDAT_SIGNING_KEY_FILE: ' +
        'checkpoints signed here would not verify against the key published',
    );
  }
  const publicKeyPem = publicKeyFile ?? privateKeyPem;
  return {
    privateKeyPem: privateKeyPem || undefined,
    published: publicKeyPem
      ? { publicKeyPem: publicKeyPemOf(publicKeyPem), keyId: keyIdOf(publicKeyPem) }
      : undefined,
  };
}
