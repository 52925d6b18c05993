/** For sorting by bigint, which `Array.prototype.sort` cannot compare by subtraction. */
export function compareBigInt(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
