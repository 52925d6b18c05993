import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { join } from 'node:path';
import { ApplicationModule, ConfigModule, EventStoreModule } from '@concordat/application';
import type { ConcordatConfig } from '@concordat/config';
import { AgreementsModule } from './agreements/agreements.module';
import { AuditLogResolver } from './audit-log/audit-log.resolver';
import { ChangesModule } from './changes/changes.module';
import { CommitmentsModule } from './commitments/commitments.module';
import { EngagementModule } from './engagement/engagement.module';
import { FrameworksModule } from './frameworks/frameworks.module';
import { GraphQLSharedModule } from './graphql/graphql-shared.module';
import { MeetingsModule } from './meetings/meetings.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { formatGraphQLError } from './graphql/error-mapping';
import { QuietCallerErrorsFilter } from './graphql/quiet-caller-errors.filter';
import { requestContext } from './graphql/request-context';
import { HealthModule } from './health/health.module';
import { correlationIdOf } from './observability/correlation-id';
import { ObservabilityModule } from './observability/observability.module';
import { ProjectionStatusResolver } from './projections/projection-status.resolver';
import { ReadModelsModule } from './read-models/read-models.module';
import { ServerInfoResolver } from './server-info/server-info.resolver';

/** Written on every start in development and test; CI fails when the committed copy differs. */
export const SCHEMA_FILE = join(process.cwd(), 'schema.gql');

@Module({})
export class AppModule {
  /** `logDestination` replaces standard output for the JSON logs (tests read them). */
  static forRoot(config: ConcordatConfig, logDestination?: DestinationStream): DynamicModule {
    const production = config.environment === 'production';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              genReqId: (req, res) => {
                const id = correlationIdOf(req);
                res.setHeader('X-Correlation-Id', id);
                return id;
              },
              // Every line of a request, and of the commands it caused, carries its correlation id.
              customProps: (req) => ({ correlationId: req.id }),
              serializers: {
                req: (req: { method: string; url: string }) => ({
                  method: req.method,
                  url: req.url,
                }),
              },
              redact: ['req.headers.authorization', 'req.headers.cookie'],
            },
            logDestination ?? process.stdout,
          ],
        }),
        ObservabilityModule,
        EventStoreModule,
        ApplicationModule,
        ReadModelsModule,
        HealthModule,
        GraphQLSharedModule,
        FrameworksModule,
        PartnershipsModule,
        AgreementsModule,
        CommitmentsModule,
        MeetingsModule,
        EngagementModule,
        ChangesModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: production ? true : SCHEMA_FILE,
          sortSchema: true,
          introspection: !production,
          // GraphiQL for people exploring a development server; no landing page in production.
          graphiql: !production,
          playground: false,
          context: requestContext,
          subscriptions: { 'graphql-ws': true },
          formatError: (formatted, error) => formatGraphQLError(formatted, error, !production),
        }),
      ],
      providers: [
        { provide: APP_FILTER, useClass: QuietCallerErrorsFilter },
        ServerInfoResolver,
        AuditLogResolver,
        ProjectionStatusResolver,
      ],
    };
  }
}
