/** The one sealing scheme so far; a new one gets a new name, and openers keep the old. */
export const SEALING_SCHEME = 'aes-256-gcm/hkdf-sha256/siv-hmac';

/**
 * A personal field as the store holds it: readable only with its subject's key. The subject is in
 * clear so a reader knows which key to ask for, and it is bound into the ciphertext, so a sealed
 * value moved to another person's event does not open.
 */
export interface SealedValue {
  readonly sealed: typeof SEALING_SCHEME;
  readonly subject: string;
  /** 12 bytes, base64url. */
  readonly nonce: string;
  /** Ciphertext followed by the 16-byte authentication tag, base64url. */
  readonly ciphertext: string;
}

export function isSealedValue(value: unknown): value is SealedValue {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    candidate['sealed'] === SEALING_SCHEME &&
    typeof candidate['subject'] === 'string' &&
    typeof candidate['nonce'] === 'string' &&
    typeof candidate['ciphertext'] === 'string'
  );
}
