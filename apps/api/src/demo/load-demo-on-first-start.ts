import { Logger, type INestApplicationContext } from '@nestjs/common';
import { DemoSeeder, OPENED_STORES } from '@concordat/application';
import type { ConcordatConfig } from '@concordat/config';
import { orkneyDemo } from '@concordat/demo-data';
import type { OpenedStores } from '@concordat/event-store';
import { CheckpointIssuer } from '../integrity/checkpoint-issuer';
import { offersDemoTokens } from './demo-tokens';
import { printDemoTokens } from './print-demo-tokens';

/**
 * A newcomer's first `npm start` shows a real picture: the demo story is loaded into the embedded
 * store when it holds nothing yet. Never on PostgreSQL or EventStoreDB, and never into a store
 * that has data. The story is then signed at once, where there is a key, so that an auditor trying
 * the demo finds a checkpoint covering it. On the demo, it also prints a token per role to try.
 */
export async function loadDemoOnFirstStart(
  app: INestApplicationContext,
  config: ConcordatConfig,
): Promise<void> {
  const stores = app.get<OpenedStores>(OPENED_STORES);
  if (config.demo !== 'auto' || stores.adapter !== 'pglite') return;
  const seeder = app.get(DemoSeeder);
  if (await seeder.storeIsEmpty()) {
    const report = await seeder.seed(orkneyDemo());
    Logger.log(`loaded the Orkney demo story (${report.applied} commands)`, 'Concordat');
    await signTheStory(app);
  }
  if (offersDemoTokens(config, stores)) await printDemoTokens(config);
}

async function signTheStory(app: INestApplicationContext): Promise<void> {
  const issuer = app.get(CheckpointIssuer, { strict: false });
  if (!issuer.canSign) return;
  const { checkpoint } = await issuer.sign();
  Logger.log(`signed a checkpoint of the demo story (${checkpoint.treeSize} events)`, 'Concordat');
}
