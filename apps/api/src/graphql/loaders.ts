import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request, created on first use. Every `load` made while resolving one
 * level of a query is batched into a single call of `batch`, so a list of N parents costs one
 * query for their children, not N.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown, string>>();

  get<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<readonly V[]>,
    cacheKey: (key: K) => string = (key) => JSON.stringify(key),
  ): DataLoader<K, V, string> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V, string>(batch, { cacheKeyFn: cacheKey });
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V, string>;
  }
}

/**
 * Sorts rows fetched for many keys back into one list per key, in the keys' order, as a
 * DataLoader batch function must return them.
 */
export function groupByKey<K, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOfRow: (row: R) => string,
  keyOf: (key: K) => string = (key) => String(key),
): R[][] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOfRow(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return keys.map((key) => groups.get(keyOf(key)) ?? []);
}

/** Like groupByKey for one row per key (or null when there is none). */
export function oneByKey<K, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOfRow: (row: R) => string,
  keyOf: (key: K) => string = (key) => String(key),
): (R | null)[] {
  return groupByKey(keys, rows, keyOfRow, keyOf).map((group) => group[0] ?? null);
}
