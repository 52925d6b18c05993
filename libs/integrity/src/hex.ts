/** SHA-256 digests are 32 bytes. */
export const HASH_BYTES = 32;

const LOWERCASE_HEX = /^[0-9a-f]*$/;

/**
 * Decodes lowercase hex of exactly `byteLength` bytes, or answers undefined. Node's own decoder
 * stops silently at the first character that is not hex, so text is checked before it is trusted:
 * a proof or a signature read from a file must never verify because part of it was ignored.
 */
export function decodeHex(text: unknown, byteLength: number): Buffer | undefined {
  if (typeof text !== 'string' || text.length !== byteLength * 2 || !LOWERCASE_HEX.test(text)) {
    return undefined;
  }
  return Buffer.from(text, 'hex');
}

export function decodeHash(text: unknown): Buffer | undefined {
  return decodeHex(text, HASH_BYTES);
}

/** Decodes every hash of a list, or answers undefined when any of them is not a hash. */
export function decodeHashes(texts: readonly unknown[]): Buffer[] | undefined {
  const hashes: Buffer[] = [];
  for (const text of texts) {
    const hash = decodeHash(text);
    if (hash === undefined) return undefined;
    hashes.push(hash);
  }
  return hashes;
}

/** Decodes a hash the caller is responsible for, failing loudly when it is not one. */
export function requireHash(text: string, what: string): Buffer {
  const hash = decodeHash(text);
  if (hash === undefined) {
    throw new TypeError(`${what} must be ${HASH_BYTES * 2} lowercase hex characters`);
  }
  return hash;
}
