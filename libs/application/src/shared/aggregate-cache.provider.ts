import type { Provider } from '@nestjs/common';
import { AggregateCache } from '@concordat/command-handling';
import type { ConcordatConfig } from '@concordat/config';
import { PERSONAL_DATA } from '@concordat/domain';
import { CONCORDAT_CONFIG } from '../config.module';

/** One cache of folded streams for every command handler and lookup of the process. */
export const aggregateCacheProvider: Provider = {
  provide: AggregateCache,
  inject: [CONCORDAT_CONFIG],
  useFactory: (config: ConcordatConfig) =>
    new AggregateCache({ ...config.aggregateCache, personalData: PERSONAL_DATA }),
};
