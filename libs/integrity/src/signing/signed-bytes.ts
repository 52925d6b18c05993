import { type KeyObject, sign, verify } from 'node:crypto';
import { keyIdOfPublicKey } from '../checkpoints/signing-keys';
import { decodeHex } from '../hex';

const SIGNATURE_BYTES = 64;

export type SignatureVerdict =
  { readonly valid: true } | { readonly valid: false; readonly reason: string };

/** A signature as it is stored: lowercase hex, beside the id of the key it claims to be by. */
export interface SignatureClaim {
  readonly keyId: string;
  readonly signature: string;
}

/** The Ed25519 signature of `bytes`, lowercase hex. */
export function signBytes(bytes: Buffer, privateKey: KeyObject): string {
  return sign(null, bytes, privateKey).toString('hex');
}

/**
 * Checks a signature of `bytes` against the public key it should be by. `what` names what was
 * signed, for the reason given when the signature does not match it.
 */
export function verifyBytes(
  bytes: Buffer,
  claim: SignatureClaim,
  publicKey: KeyObject,
  what: string,
): SignatureVerdict {
  const expectedKeyId = keyIdOfPublicKey(publicKey);
  if (claim.keyId !== expectedKeyId) {
    return { valid: false, reason: `signed by key ${claim.keyId}, not by key ${expectedKeyId}` };
  }
  const signature = decodeHex(claim.signature, SIGNATURE_BYTES);
  if (signature === undefined) return { valid: false, reason: 'signature is not 64 bytes of hex' };
  if (!verify(null, bytes, publicKey, signature)) {
    return { valid: false, reason: `signature does not match ${what}` };
  }
  return { valid: true };
}
