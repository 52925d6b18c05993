import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { ProjectionLag } from '../projections/projection-lag';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { RequestTimingMiddleware } from './request-timing.middleware';

/** Metrics for operators: request latency, appends and read-model lag. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [Metrics, ProjectionLag],
  exports: [Metrics, ProjectionLag],
})
export class ObservabilityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestTimingMiddleware).forRoutes('*path');
  }
}
