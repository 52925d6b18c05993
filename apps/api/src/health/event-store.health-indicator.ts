import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { OpenedStores } from '@concordat/event-store';
import { OPENED_STORES } from '@concordat/application';

@Injectable()
export class EventStoreHealthIndicator {
  constructor(
    @Inject(OPENED_STORES) private readonly stores: OpenedStores,
    private readonly health: HealthIndicatorService,
  ) {}

  async isReady() {
    const indicator = this.health.check('eventStore');
    try {
      await this.stores.eventStore.ping();
      return indicator.up({ adapter: this.stores.adapter });
    } catch (error) {
      return indicator.down({
        adapter: this.stores.adapter,
        message: error instanceof Error ? error.message : 'unreachable',
      });
    }
  }
}
