/** A sort key: text compares code unit by code unit, numbers by value. */
type Key<T> = (item: T) => string | number;

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A sorted copy, by each key in turn. Text is never compared by locale, so the order is the same
 * on every machine, whatever order the items came in (given keys that tell every item apart).
 */
export function sortedBy<T>(items: readonly T[], ...keys: readonly Key<T>[]): T[] {
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const order = compare(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  });
}
