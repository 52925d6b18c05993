import { DataSource, type EntitySchema, type Logger } from 'typeorm';
import { PgliteDatabase, type OpenedStores } from '@concordat/event-store';
import { pgliteTypeormDriver } from './pglite-typeorm-driver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity type
type EntityTarget = Function | EntitySchema;

/**
 * TypeORM over the same database as the store: PostgreSQL through its own pool, or the embedded
 * store's one connection. The schema is managed by the projections' DDL, never synchronised.
 */
export async function openReadModelDataSource(
  stores: Pick<OpenedStores, 'sql'>,
  databaseUrl: string | undefined,
  entities: readonly EntityTarget[],
  logger?: Logger,
): Promise<DataSource> {
  const common = {
    type: 'postgres' as const,
    entities: [...entities],
    synchronize: false,
    ...(logger ? { logger, logging: true } : {}),
  };
  const dataSource =
    stores.sql instanceof PgliteDatabase
      ? new DataSource({ ...common, driver: pgliteTypeormDriver(stores.sql) })
      : new DataSource({ ...common, url: databaseUrl });
  return dataSource.initialize();
}
