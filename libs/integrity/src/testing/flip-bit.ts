/** The same hex text with one bit inverted; `bit` counts from the first byte's lowest bit. */
export function flipBit(hex: string, bit: number): string {
  const bytes = Buffer.from(hex, 'hex');
  const byte = Math.floor(bit / 8) % bytes.length;
  bytes[byte]! ^= 1 << (bit % 8);
  return bytes.toString('hex');
}
