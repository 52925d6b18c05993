import type { Command } from 'commander';
import { protectPersonalData } from '@concordat/application';
import { loadConfig } from '@concordat/config';
import { migrate, openStores } from '@concordat/event-store';
import {
  ALL_PROJECTIONS,
  READ_MODEL_MIGRATIONS,
  rebuildProjections,
  schemaOf,
  type Projection,
} from '@concordat/read-models';
import type { CliOutput } from '../cli-output';
import { eventProgressBar } from './event-progress-bar';

/**
 * `concordat projections rebuild [name]`: rebuilds read models from the first event into fresh
 * tables, then swaps them in; the live tables keep serving until the swap.
 */
export function registerProjectionCommands(program: Command, output: CliOutput): void {
  const projections = program.command('projections').description('read models');
  projections
    .command('rebuild')
    .description('rebuild one read model (or all) from the event log, blue/green')
    .argument('[name]', `one of: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`)
    .option('--quiet', 'no progress bar')
    .action(async (name: string | undefined, options: { quiet?: boolean }) => {
      const chosen = choose(name);
      const stores = await openStores(loadConfig());
      const events = protectPersonalData(stores);
      try {
        await migrate(stores.sql, READ_MODEL_MIGRATIONS);
        const total = await countEvents(stores.sql);
        const bar = eventProgressBar('read models', total, !!options.quiet);
        await rebuildProjections(events, stores.sql, chosen, ({ applied }) => bar.update(applied));
        bar.stop();
        for (const projection of chosen) {
          output.info(`rebuilt ${projection.name} into ${schemaOf(projection)}`);
        }
      } finally {
        await stores.close();
      }
    });
}

function choose(name: string | undefined): readonly Projection[] {
  if (name === undefined) return ALL_PROJECTIONS;
  const projection = ALL_PROJECTIONS.find((candidate) => candidate.name === name);
  if (!projection) {
    throw new Error(
      `no read model named ${name}; known: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`,
    );
  }
  return [projection];
}

/** The audit log holds one row per event: a good enough total for the progress bar. */
async function countEvents(sql: { query<R extends object>(text: string): Promise<readonly R[]> }) {
  try {
    const [row] = await sql.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM rm_audit_log.entries`,
    );
    return Number(row?.n ?? 0);
  } catch {
    return 0;
  }
}
