import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { EventStoreHealthIndicator } from './event-store.health-indicator';
import { ProjectionsHealthIndicator } from './projections.health-indicator';

/**
 * Liveness says the process answers; readiness says it can serve, so an orchestrator only sends
 * traffic once the store is reachable and the read models are being kept current.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly eventStore: EventStoreHealthIndicator,
    private readonly projections: ProjectionsHealthIndicator,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.eventStore.isReady(), () => this.projections.isReady()]);
  }
}
