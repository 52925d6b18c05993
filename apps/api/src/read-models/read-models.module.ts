import {
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CONCORDAT_CONFIG, EVENT_STORE, OPENED_STORES } from '@concordat/application';
import type { ConcordatConfig } from '@concordat/config';
import { migrate, type EventStore, type OpenedStores } from '@concordat/event-store';
import {
  ALL_ENTITIES,
  ALL_PROJECTIONS,
  openReadModelDataSource,
  ProjectionRunner,
  QueryCounter,
  READ_MODEL_MIGRATIONS,
} from '@concordat/read-models';

export const READ_MODELS = Symbol('READ_MODELS');

/**
 * The read side: TypeORM over the read-model tables, and the runner that keeps every projection
 * current from the event store. The runner starts once the application has bootstrapped.
 */
@Global()
@Module({
  providers: [
    { provide: QueryCounter, useValue: new QueryCounter() },
    {
      provide: READ_MODELS,
      inject: [OPENED_STORES, CONCORDAT_CONFIG, QueryCounter],
      useFactory: async (
        stores: OpenedStores,
        config: ConcordatConfig,
        counter: QueryCounter,
      ): Promise<DataSource> => {
        await migrate(stores.sql, READ_MODEL_MIGRATIONS);
        return openReadModelDataSource(stores, config.databaseUrl, ALL_ENTITIES, counter);
      },
    },
    {
      provide: ProjectionRunner,
      inject: [EVENT_STORE, OPENED_STORES, READ_MODELS],
      useFactory: (store: EventStore, stores: OpenedStores) =>
        new ProjectionRunner(store, stores.sql, ALL_PROJECTIONS, {
          onError: (projection, error) =>
            Logger.error(
              `projection ${projection} failed a round and will retry: ${String(error)}`,
              'Projections',
            ),
        }),
    },
  ],
  exports: [READ_MODELS, ProjectionRunner, QueryCounter],
})
export class ReadModelsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(READ_MODELS) private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.initialise();
    this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.dataSource.destroy();
  }
}
