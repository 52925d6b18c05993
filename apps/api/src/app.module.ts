import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type NestModule,
} from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { join } from 'node:path';
import { ApplicationModule, ConfigModule, EventStoreModule } from '@concordat/application';
import type { ConcordatConfig } from '@concordat/config';
import { ProjectionRunner } from '@concordat/read-models';
import { AgreementsModule } from './agreements/agreements.module';
import { answerCaching } from './answer-cache/answer-cache.plugin';
import { AuditLogResolver } from './audit-log/audit-log.resolver';
import { ChangesModule } from './changes/changes.module';
import { DemoTokensController } from './demo/demo-tokens.controller';
import { CommitmentsModule } from './commitments/commitments.module';
import { EngagementModule } from './engagement/engagement.module';
import { EvidenceController } from './evidence/evidence.controller';
import { EvidenceModule } from './evidence/evidence.module';
import { FrameworksModule } from './frameworks/frameworks.module';
import { GraphQLSharedModule } from './graphql/graphql-shared.module';
import { MeetingsModule } from './meetings/meetings.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { QuietCallerErrorsFilter } from './graphql/quiet-caller-errors.filter';
import { requestContextFactory } from './graphql/request-context';
import { HealthModule } from './health/health.module';
import { hardenedGraphQLOptions } from './hardening/hardened-graphql';
import { WebsocketLimits } from './hardening/websocket-limits';
import { RateLimitMiddleware } from './hardening/rate-limit.middleware';
import { AuthenticationMiddleware } from './identity/authentication.middleware';
import { IdentityModule } from './identity/identity.module';
import { IntegrityModule } from './integrity/integrity.module';
import { TokenVerifier } from './identity/token-verifier';
import { websocketAuthentication } from './identity/websocket-authentication';
import { correlationIdOf } from './observability/correlation-id';
import { ObservabilityModule } from './observability/observability.module';
import { ProjectionStatusResolver } from './projections/projection-status.resolver';
import { ReadModelsModule } from './read-models/read-models.module';
import { ReportsModule } from './reports/reports.module';
import { ServerInfoResolver } from './server-info/server-info.resolver';
import { TimeTravelModule } from './time-travel/time-travel.module';

/** Written on every start in development and test; CI fails when the committed copy differs. */
export const SCHEMA_FILE = join(process.cwd(), 'schema.gql');

@Module({})
export class AppModule implements NestModule {
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
        IdentityModule,
        GraphQLSharedModule,
        FrameworksModule,
        PartnershipsModule,
        AgreementsModule,
        CommitmentsModule,
        MeetingsModule,
        EngagementModule,
        ChangesModule,
        IntegrityModule,
        TimeTravelModule,
        ReportsModule,
        EvidenceModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [TokenVerifier, ProjectionRunner],
          useFactory: (verifier: TokenVerifier, runner: ProjectionRunner) => {
            const websocketLimits = new WebsocketLimits(config.limits);
            return {
              autoSchemaFile: production ? true : SCHEMA_FILE,
              sortSchema: true,
              // GraphiQL for people exploring a development server; no landing page in production.
              graphiql: !production,
              playground: false,
              context: requestContextFactory(config.auth.publicReads),
              ...(config.answerCacheBytes > 0
                ? answerCaching(config.answerCacheBytes, () => runner.readModelsStamp())
                : {}),
              transformSchema: websocketLimits.rememberSchema,
              subscriptions: {
                'graphql-ws': {
                  onConnect: websocketAuthentication(verifier),
                  onSubscribe: websocketLimits.onSubscribe,
                },
              },
              // Limits, CSRF prevention, no batches, introspection, and how errors answer.
              ...hardenedGraphQLOptions(config),
            };
          },
        }),
      ],
      controllers: [DemoTokensController],
      providers: [
        { provide: APP_FILTER, useClass: QuietCallerErrorsFilter },
        ServerInfoResolver,
        AuditLogResolver,
        ProjectionStatusResolver,
      ],
    };
  }

  /**
   * The bearer token is verified before anything else reads the request; the rate limit then
   * counts each verified actor's requests.
   */
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(AuthenticationMiddleware, RateLimitMiddleware)
      .forRoutes('graphql', EvidenceController);
  }
}
