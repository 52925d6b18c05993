import type { Command } from 'commander';
import { loadConfig } from '@concordat/config';
import { migrate, openStores } from '@concordat/event-store';
import { READ_MODEL_MIGRATIONS } from '@concordat/read-models';
import type { CliOutput } from '../cli-output';

/** `concordat migrate`: applies pending schema migrations to the configured store and exits. */
export function registerMigrateCommand(program: Command, output: CliOutput): void {
  program
    .command('migrate')
    .description('apply pending schema migrations to the configured database')
    .action(async () => {
      const stores = await openStores(loadConfig());
      try {
        const readSide = await migrate(stores.sql, READ_MODEL_MIGRATIONS);
        const applied = [...stores.migrations.applied, ...readSide.applied];
        const alreadyApplied = stores.migrations.alreadyApplied + readSide.alreadyApplied;
        for (const migration of applied) output.info(`applied ${migration}`);
        output.info(
          `${stores.location}: ${applied.length} applied, ${alreadyApplied} already up to date`,
        );
      } finally {
        await stores.close();
      }
    });
}
