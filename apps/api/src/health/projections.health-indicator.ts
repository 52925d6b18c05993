import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ProjectionLag } from '../projections/projection-lag';

/**
 * Ready when every projection is running, standing by for another process, or rebuilding while
 * its old tables keep serving, without error.
 */
@Injectable()
export class ProjectionsHealthIndicator {
  constructor(
    private readonly lag: ProjectionLag,
    private readonly health: HealthIndicatorService,
  ) {}

  async isReady() {
    const indicator = this.health.check('projections');
    let statuses;
    try {
      statuses = await this.lag.statuses();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : 'unreachable' });
    }
    const details = Object.fromEntries(
      statuses.map((status) => [
        status.name,
        {
          state: status.state,
          position: status.position,
          behind: status.behind,
          lastError: status.lastError,
        },
      ]),
    );
    const healthy = statuses.every(
      (status) =>
        ['running', 'standby', 'rebuilding'].includes(status.state) && status.lastError === null,
    );
    return healthy ? indicator.up(details) : indicator.down(details);
  }
}
