import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { EventStore } from './port/event-store.port';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { lockDataDir } from './pglite/data-dir-lock';
import { PgliteDatabase } from './pglite/pglite-database';
import { PostgresDatabase } from './postgres/postgres-database';
import { EVENT_STORE_MIGRATIONS } from './sql/migrations';
import { migrate, type MigrationReport } from './sql/migrator';
import type { SqlDatabase } from './sql/sql-database';
import { SqlEventStore } from './sql/sql-event-store';

export interface StoreSettings {
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly eventStoreUrl: string | undefined;
}

export type EventStoreAdapter = 'postgres' | 'pglite' | 'eventstoredb';

/** The event store and the SQL database beside it, which also holds the read models. */
export interface OpenedStores {
  readonly eventStore: EventStore;
  readonly sql: SqlDatabase;
  readonly adapter: EventStoreAdapter;
  /** Where the data lives, without credentials, for logs and health output. */
  readonly location: string;
  readonly migrations: MigrationReport;
  close(): Promise<void>;
}

/**
 * The composition point for the adapters: events in EventStoreDB when its URL is given, otherwise
 * in SQL; SQL is PostgreSQL when a URL is given, otherwise the embedded store on disk. Pending
 * migrations are applied before anything else touches the database.
 */
export async function openStores(settings: StoreSettings): Promise<OpenedStores> {
  const { sql, location } = await openSqlDatabase(settings);
  try {
    const migrations = await migrate(sql, EVENT_STORE_MIGRATIONS);
    const eventStore = settings.eventStoreUrl
      ? EventStoreDbEventStore.connect(settings.eventStoreUrl)
      : new SqlEventStore(sql);
    const adapter: EventStoreAdapter = settings.eventStoreUrl
      ? 'eventstoredb'
      : settings.databaseUrl
        ? 'postgres'
        : 'pglite';
    return {
      eventStore,
      sql,
      adapter,
      location: settings.eventStoreUrl ? 'EventStoreDB' : location,
      migrations,
      close: async () => {
        await eventStore.close();
        await sql.close();
      },
    };
  } catch (error) {
    await sql.close();
    throw error;
  }
}

async function openSqlDatabase(
  settings: StoreSettings,
): Promise<{ sql: SqlDatabase; location: string }> {
  if (settings.databaseUrl) {
    const url = new URL(settings.databaseUrl);
    return {
      sql: new PostgresDatabase(settings.databaseUrl),
      location: `postgres://${url.host}${url.pathname}`,
    };
  }
  const dataDir = resolve(settings.dataDir);
  await mkdir(dataDir, { recursive: true });
  const unlock = await lockDataDir(dataDir);
  return { sql: await PgliteDatabase.open(dataDir, unlock), location: `embedded (${dataDir})` };
}
