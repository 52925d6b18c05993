import {
  EVENT_STORE_MIGRATIONS,
  migrate,
  PgliteDatabase,
  PostgresDatabase,
  SqlEventStore,
  type EventStore,
  type SqlDatabase,
} from '@concordat/event-store';
import { createPostgresTestDatabase } from '@concordat/event-store/testing/postgres-test-database';
import { createProjectionState } from '../infrastructure/projection-state.migration';

export interface ReadModelTestStores {
  readonly store: EventStore;
  readonly sql: SqlDatabase;
  readonly databaseUrl: string | undefined;
  /** Another connection to the same database, as a second process would have (PostgreSQL). */
  openSecondDatabase(): SqlDatabase | null;
  close(): Promise<void>;
}

export type StoresFactory = () => Promise<ReadModelTestStores>;

async function migrated(sql: SqlDatabase): Promise<EventStore> {
  await migrate(sql, [...EVENT_STORE_MIGRATIONS, createProjectionState]);
  return new SqlEventStore(sql, { pollIntervalMs: 20 });
}

/** [name, factory] for each SQL backend, for describe.each. */
export const readModelBackends: Array<[string, StoresFactory]> = [
  [
    'PostgreSQL',
    async () => {
      const database = await createPostgresTestDatabase();
      const sql = new PostgresDatabase(database.url);
      const store = await migrated(sql);
      const others: SqlDatabase[] = [];
      return {
        store,
        sql,
        databaseUrl: database.url,
        openSecondDatabase: () => {
          const second = new PostgresDatabase(database.url);
          others.push(second);
          return second;
        },
        close: async () => {
          await store.close();
          await Promise.all([sql, ...others].map((db) => db.close()));
          await database.drop();
        },
      };
    },
  ],
  [
    'PGlite',
    async () => {
      const sql = await PgliteDatabase.open();
      const store = await migrated(sql);
      return {
        store,
        sql,
        databaseUrl: undefined,
        openSecondDatabase: () => null,
        close: async () => {
          await store.close();
          await sql.close();
        },
      };
    },
  ],
];
