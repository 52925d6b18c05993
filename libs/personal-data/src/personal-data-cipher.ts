import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { canonicalJson, parseJson, type JsonValue } from '@concordat/shared-kernel';
import { SEALING_SCHEME, type SealedValue } from './sealed-value';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** A subject's key as the store keeps it: 32 random bytes. */
export const PERSONAL_KEY_BYTES = 32;

/** Raised when a sealed value does not open under its subject's key: it was altered. */
export class SealedValueAltered extends Error {
  constructor(
    readonly subject: string,
    readonly context: string,
  ) {
    super(`the sealed personal data of ${subject} in ${context} does not open: it was altered`);
    this.name = 'SealedValueAltered';
  }
}

function subkey(key: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `concordat ${purpose}`, 32));
}

/**
 * AES-256-GCM with a synthetic nonce: an HMAC of where the value sits and what it says. Sealing
 * the same value in the same place gives the same bytes, which a retried append needs to be
 * recognised as the same event; two different values never share a nonce under one key.
 * `context` names the place (event id and field) and is authenticated with the subject.
 */
export function sealValue(
  key: Buffer,
  subject: string,
  context: string,
  value: JsonValue,
): SealedValue {
  const plaintext = Buffer.from(canonicalJson(value), 'utf8');
  const aad = Buffer.from(`${subject}\u0000${context}`, 'utf8');
  const nonce = createHmac('sha256', subkey(key, 'personal data nonce'))
    .update(aad)
    .update(plaintext)
    .digest()
    .subarray(0, NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', subkey(key, 'personal data encryption'), nonce);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return {
    sealed: SEALING_SCHEME,
    subject,
    nonce: nonce.toString('base64url'),
    ciphertext: ciphertext.toString('base64url'),
  };
}

export function openValue(key: Buffer, context: string, sealed: SealedValue): JsonValue {
  const bytes = Buffer.from(sealed.ciphertext, 'base64url');
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      subkey(key, 'personal data encryption'),
      Buffer.from(sealed.nonce, 'base64url'),
    );
    decipher.setAAD(Buffer.from(`${sealed.subject}\u0000${context}`, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plaintext = Buffer.concat([
      decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]);
    return parseJson(plaintext.toString('utf8'));
  } catch {
    throw new SealedValueAltered(sealed.subject, context);
  }
}
