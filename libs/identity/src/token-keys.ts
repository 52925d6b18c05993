import { createPublicKey, createPrivateKey, randomBytes, type KeyObject } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLocalJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import type { ConcordatConfig } from '@concordat/config';

/** How tokens are checked: one key and its algorithm, or a key set chosen by the token's `kid`. */
export type VerificationKeys =
  | { readonly kind: 'key'; readonly key: KeyObject | Uint8Array; readonly algorithm: string }
  | { readonly kind: 'key-set'; readonly keySet: JWTVerifyGetKey; readonly algorithms: string[] };

/** How the CLI and the demo sign tokens. */
export interface SigningKey {
  readonly key: KeyObject | Uint8Array;
  readonly algorithm: string;
}

export class MissingTokenKeys extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingTokenKeys';
  }
}

/** The file a development server keeps its token secret in, when none is configured. */
export const DEVELOPMENT_SECRET_FILE = 'jwt-secret';

export async function verificationKeys(config: ConcordatConfig): Promise<VerificationKeys> {
  const auth = config.auth;
  if (auth.jwksFile) {
    const keySet = createLocalJWKSet(
      JSON.parse(await readFile(auth.jwksFile, 'utf8')) as JSONWebKeySet,
    );
    return { kind: 'key-set', keySet, algorithms: ['RS256', 'ES256', 'EdDSA'] };
  }
  if (auth.publicKeyFile) {
    const key = createPublicKey(await readFile(auth.publicKeyFile, 'utf8'));
    return { kind: 'key', key, algorithm: algorithmFor(key) };
  }
  return { kind: 'key', key: await sharedSecret(config), algorithm: 'HS256' };
}

export async function signingKey(config: ConcordatConfig): Promise<SigningKey> {
  const auth = config.auth;
  if (auth.privateKeyFile) {
    const key = createPrivateKey(await readFile(auth.privateKeyFile, 'utf8'));
    return { key, algorithm: algorithmFor(key) };
  }
  if (auth.publicKeyFile || auth.jwksFile) {
    throw new MissingTokenKeys(
      'tokens are checked with a public key: set CONCORDAT_JWT_PRIVATE_KEY_FILE to issue them',
    );
  }
  return { key: await sharedSecret(config), algorithm: 'HS256' };
}

/**
 * The configured HS256 secret. Outside production, with none configured, a random one kept in
 * the data directory, so that `npm start` works at once and the CLI's tokens match the server's.
 * Production refuses to start without configured keys.
 */
async function sharedSecret(config: ConcordatConfig): Promise<Uint8Array> {
  const { secret } = config.auth;
  if (secret) return new TextEncoder().encode(secret);
  if (config.environment === 'production') {
    throw new MissingTokenKeys(
      'production needs CONCORDAT_JWT_SECRET, CONCORDAT_JWT_PUBLIC_KEY_FILE or CONCORDAT_JWT_JWKS_FILE',
    );
  }
  return new TextEncoder().encode(await developmentSecret(config.dataDir));
}

async function developmentSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, DEVELOPMENT_SECRET_FILE);
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(dataDir, { recursive: true });
    const created = randomBytes(32).toString('base64url');
    // 'wx': when two processes start together, the second reads the first one's secret.
    await writeFile(file, created, { mode: 0o600, flag: 'wx' }).catch(() => undefined);
    return (await readFile(file, 'utf8')).trim();
  }
}

/** The JWS algorithm for each kind of key Concordat accepts. */
const ALGORITHMS: Readonly<Record<string, string>> = {
  rsa: 'RS256',
  ec: 'ES256',
  ed25519: 'EdDSA',
};

function algorithmFor(key: KeyObject): string {
  const algorithm = ALGORITHMS[key.asymmetricKeyType ?? ''];
  if (!algorithm) {
    throw new MissingTokenKeys(`unsupported key type ${key.asymmetricKeyType ?? 'unknown'}`);
  }
  return algorithm;
}
