import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { ConcordatConfig } from '@concordat/config';
import { ApplicationModule, ConfigModule, EventStoreModule } from '@concordat/application';
import { HealthModule } from './health/health.module';
import { ServerInfoResolver } from './server-info/server-info.resolver';

@Module({})
export class AppModule {
  static forRoot(config: ConcordatConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        EventStoreModule,
        ApplicationModule,
        HealthModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          introspection: config.environment !== 'production',
        }),
      ],
      providers: [ServerInfoResolver],
    };
  }
}
