import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  EVENT_STORE_MIGRATIONS,
  migrate,
  PgliteDatabase,
  PostgresDatabase,
  SqlEventStore,
  type SqlDatabase,
} from '@concordat/event-store';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '@concordat/event-store/testing/postgres-test-database';
import type { StoreName } from '../report';

/** What the ceiling is measured with: plain statements, nothing of Concordat's. */
export interface PlainConnection {
  query(text: string, params?: unknown[]): Promise<unknown>;
  rows<Row>(text: string, params?: unknown[]): Promise<Row[]>;
}

export interface BenchStore {
  readonly name: StoreName;
  readonly store: SqlEventStore;
  readonly sql: SqlDatabase;
  /** One per concurrent writer for PostgreSQL; PGlite has a single connection, shared. */
  readonly plain: readonly PlainConnection[];
  /** The settings that point the API or the command line at this store. */
  readonly env: Readonly<Record<string, string>>;
  /** Closes the connections; the data goes too unless kept for another process to open. */
  close(options?: { keepData: boolean }): Promise<void>;
  /** The same store again, after `close({ keepData: true })`. */
  reopen(concurrency: number): Promise<BenchStore>;
}

/** A freshly created, migrated store: a new PostgreSQL database, or PGlite in a new directory. */
export async function openBenchStore(name: StoreName, concurrency: number): Promise<BenchStore> {
  return name === 'PostgreSQL' ? openPostgres(concurrency) : openPglite();
}

async function openPostgres(concurrency: number, existing?: TestDatabase): Promise<BenchStore> {
  const database = existing ?? (await createPostgresTestDatabase());
  // As many pooled connections as concurrent writers, so both sides run at the same concurrency.
  const sql = new PostgresDatabase(database.url, { max: concurrency });
  await migrate(sql, EVENT_STORE_MIGRATIONS);
  const clients = await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      return client;
    }),
  );
  const store = new SqlEventStore(sql);
  return {
    name: 'PostgreSQL',
    store,
    sql,
    env: { DATABASE_URL: database.url },
    plain: clients.map((client) => ({
      query: (text, params) => client.query(text, params),
      rows: async <Row>(text: string, params?: unknown[]) =>
        (await client.query(text, params)).rows as Row[],
    })),
    close: async (options) => {
      await store.close();
      await Promise.all(clients.map((client) => client.end()));
      await sql.close();
      if (!options?.keepData) await database.drop();
    },
    reopen: (again) => openPostgres(again, database),
  };
}

async function openPglite(existing?: string): Promise<BenchStore> {
  const directory = existing ?? (await mkdtemp(join(tmpdir(), 'concordat-bench-')));
  const sql = await PgliteDatabase.open(directory);
  await migrate(sql, EVENT_STORE_MIGRATIONS);
  const store = new SqlEventStore(sql);
  const connection: PlainConnection = {
    query: (text, params) => sql.query(text, params),
    rows: async <Row>(text: string, params?: unknown[]) =>
      (await sql.query(text, params)) as unknown as Row[],
  };
  return {
    name: 'PGlite',
    store,
    sql,
    env: { CONCORDAT_DATA_DIR: directory },
    plain: [connection],
    close: async (options) => {
      await store.close();
      await sql.close();
      if (!options?.keepData) await rm(directory, { recursive: true, force: true });
    },
    reopen: () => openPglite(directory),
  };
}
