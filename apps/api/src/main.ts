import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { OPENED_STORES } from '@concordat/application';
import { ConfigError, loadConfig } from '@concordat/config';
import type { OpenedStores } from '@concordat/event-store';
import { limitHeapGrowth } from './heap-growth';
import { startApi } from './start-api';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  limitHeapGrowth(config.heapGrowthPercent);
  const app = await startApi(config);
  const stores = app.get<OpenedStores>(OPENED_STORES);
  Logger.log(
    `Concordat API on http://localhost:${config.port}/graphql; events in ${stores.location}`,
    'Concordat',
  );
}

bootstrap().catch((error: unknown) => {
  // A configuration mistake is the operator's to fix: say what is wrong, without a stack trace.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
