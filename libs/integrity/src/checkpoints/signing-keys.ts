import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';

/** An Ed25519 key pair as PEM text (SPKI public key, PKCS #8 private key) and its key id. */
export interface SigningKeyPair {
  readonly publicKeyPem: string;
  readonly privateKeyPem: string;
  readonly keyId: string;
}

export function generateSigningKeyPair(): SigningKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKeyPem: publicKey, privateKeyPem: privateKey, keyId: keyIdOf(publicKey) };
}

/**
 * Names a key by its public half: the first 16 hex characters of SHA-256 over its DER
 * SubjectPublicKeyInfo. Given a private key, names the public key that goes with it.
 */
export function keyIdOf(keyPem: string): string {
  return keyIdOfPublicKey(loadPublicKey(keyPem));
}

export function keyIdOfPublicKey(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

export function loadPrivateKey(pem: string): KeyObject {
  return requireEd25519(createPrivateKey(pem));
}

export function loadPublicKey(pem: string): KeyObject {
  return requireEd25519(createPublicKey(pem));
}

// A key of another type would make node:crypto sign with a different algorithm, or refuse to.
function requireEd25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new TypeError(`checkpoint keys are Ed25519, not ${key.asymmetricKeyType ?? key.type}`);
  }
  return key;
}
