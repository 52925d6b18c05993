import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@concordat/config';
import type { EventStore } from '@concordat/event-store';
import { createPostgresTestDatabase } from '@concordat/event-store/testing/postgres-test-database';
import { ApplicationModule } from '../application.module';
import { ConfigModule } from '../config.module';
import { EVENT_STORE, EventStoreModule } from '../event-store.module';

export interface ApplicationTestContext {
  readonly app: INestApplicationContext;
  readonly commandBus: CommandBus;
  readonly store: EventStore;
  close(): Promise<void>;
}

/** The application's command side on a fresh PostgreSQL database of its own. */
export async function startApplicationOnPostgres(): Promise<ApplicationTestContext> {
  const database = await createPostgresTestDatabase();
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(loadConfig({ DATABASE_URL: database.url })),
      EventStoreModule,
      ApplicationModule,
    ],
  }).compile();
  const app: INestApplicationContext = await moduleRef.init();
  return {
    app,
    commandBus: app.get(CommandBus),
    store: app.get<EventStore>(EVENT_STORE),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
