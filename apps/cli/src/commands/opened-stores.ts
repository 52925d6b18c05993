import { openStores, type OpenedStores, type StoreSettings } from '@concordat/event-store';

/** Opens the configured stores for `work` and closes them whatever happens. */
export async function withStores<T>(
  config: StoreSettings,
  work: (stores: OpenedStores) => Promise<T>,
): Promise<T> {
  const stores = await openStores(config);
  try {
    return await work(stores);
  } finally {
    await stores.close();
  }
}

/** The size of the log for the progress bar; EventStoreDB's is not counted in SQL. */
export async function countEvents(stores: OpenedStores): Promise<number> {
  if (stores.adapter === 'eventstoredb') return 0;
  const [row] = await stores.sql.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM concordat_events',
  );
  return Number(row?.n ?? 0);
}
