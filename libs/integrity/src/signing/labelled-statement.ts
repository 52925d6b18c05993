import { createPublicKey } from 'node:crypto';
import { canonicalJson } from '@concordat/shared-kernel';
import { keyIdOfPublicKey, loadPrivateKey, loadPublicKey } from '../checkpoints/signing-keys';
import { type SignatureClaim, signBytes, type SignatureVerdict, verifyBytes } from './signed-bytes';

/**
 * Lowercase letters, digits and hyphens, starting with a letter: never a newline, which ends the
 * label, and never `{`, which begins the bytes a checkpoint signature covers.
 */
const LABEL = /^[a-z][a-z0-9-]*$/;

/**
 * The bytes a signature over a statement other than a checkpoint covers: a label naming what kind
 * of statement it is, a newline, and the statement's RFC 8785 canonical JSON. The checkpoint
 * signing key signs them too, so they must never be taken for one another: a checkpoint's bytes
 * are its canonical JSON alone and begin with `{`, which no label does, and two labels differ
 * before either one's newline. A signature therefore vouches for one kind of statement only.
 */
export function labelledBytes(label: string, statement: object): Buffer {
  if (!LABEL.test(label)) {
    throw new TypeError(
      `a signature label is lowercase letters, digits and hyphens from a letter, not ${JSON.stringify(label)}`,
    );
  }
  return Buffer.from(`${label}\n${canonicalJson(statement)}`, 'utf8');
}

/** Signs a labelled statement with an Ed25519 private key, naming the key by its public half. */
export function signLabelled(
  label: string,
  statement: object,
  privateKeyPem: string,
): SignatureClaim {
  const privateKey = loadPrivateKey(privateKeyPem);
  return {
    keyId: keyIdOfPublicKey(createPublicKey(privateKey)),
    signature: signBytes(labelledBytes(label, statement), privateKey),
  };
}

/**
 * Checks a labelled statement's signature against the public key it should be by; `what` names
 * the statement in the reason it fails. Throws only for a key that is not an Ed25519 public key,
 * or a label or statement that could never have been signed.
 */
export function verifyLabelled(
  label: string,
  statement: object,
  claim: SignatureClaim,
  publicKeyPem: string,
  what: string,
): SignatureVerdict {
  return verifyBytes(labelledBytes(label, statement), claim, loadPublicKey(publicKeyPem), what);
}
