import { loadPublicKey } from './signing-keys';

/**
 * The PEM (SPKI) public key that verifies what a key signs, from its private half or from the
 * public key itself: what a signer publishes when it was given only its private key.
 */
export function publicKeyPemOf(keyPem: string): string {
  return loadPublicKey(keyPem).export({ type: 'spki', format: 'pem' }).toString();
}
