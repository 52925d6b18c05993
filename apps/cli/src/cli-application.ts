import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { ApplicationModule, ConfigModule, EventStoreModule } from '@concordat/application';
import { loadConfig } from '@concordat/config';

@Module({})
class CliModule {
  static forRoot(): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(loadConfig()), EventStoreModule, ApplicationModule],
    };
  }
}

/** Runs `work` against the configured store through the same command bus the API uses. */
export async function withApplication<T>(
  work: (commandBus: CommandBus, app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(), { logger: false });
  try {
    return await work(app.get(CommandBus), app);
  } finally {
    await app.close();
  }
}
