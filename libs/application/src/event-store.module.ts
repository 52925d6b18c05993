import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { ConcordatConfig } from '@concordat/config';
import { openStores, type OpenedStores } from '@concordat/event-store';
import { CONCORDAT_CONFIG } from './config.module';
import { protectPersonalData } from './personal-data';

export const OPENED_STORES = Symbol('OPENED_STORES');
/** The store the application works with: personal data sealed on the way in, opened out. */
export const EVENT_STORE = Symbol('EVENT_STORE');
/** The log exactly as recorded, personal data still sealed: what integrity checks hash. */
export const RECORDED_LOG = Symbol('RECORDED_LOG');

/** Opens the configured store once (migrating it) and closes it when the application stops. */
@Global()
@Module({
  providers: [
    {
      provide: OPENED_STORES,
      inject: [CONCORDAT_CONFIG],
      useFactory: (config: ConcordatConfig) => openStores(config),
    },
    {
      provide: EVENT_STORE,
      inject: [OPENED_STORES],
      useFactory: (stores: OpenedStores) => protectPersonalData(stores),
    },
    {
      provide: RECORDED_LOG,
      inject: [OPENED_STORES],
      useFactory: (stores: OpenedStores) => stores.eventStore,
    },
  ],
  exports: [OPENED_STORES, EVENT_STORE, RECORDED_LOG],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(OPENED_STORES) private readonly stores: OpenedStores) {}

  async onApplicationShutdown(): Promise<void> {
    await this.stores.close();
  }
}
