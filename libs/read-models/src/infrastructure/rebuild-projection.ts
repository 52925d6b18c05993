import type { EventStore, SqlDatabase } from '@concordat/event-store';
import { applyBatch } from './apply-batch';
import { rebuildSchemaOf, schemaOf, type Projection } from './projection';
import {
  deleteCheckpoint,
  readCheckpoint,
  writeCheckpoint,
  writeInto,
} from './projection-checkpoints';

export interface RebuildProgress {
  readonly projection: string;
  readonly applied: number;
  readonly position: bigint;
}

const BATCH = 1_000;
const SWAP_ATTEMPTS = 20;

/**
 * Builds the projection from the first event into a fresh schema while the live one keeps
 * serving (and its runner keeps it current), then swaps them in one transaction once the fresh
 * copy has caught up with the live checkpoint. Readers see either the old tables or the new,
 * never a half-built one.
 */
export async function rebuildProjection(
  store: EventStore,
  sql: SqlDatabase,
  projection: Projection,
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<void> {
  const next = { row: `${projection.name}__next`, schema: rebuildSchemaOf(projection) };
  await sql.transaction(async (tx) => {
    await tx.exec(`DROP SCHEMA IF EXISTS ${next.schema} CASCADE; CREATE SCHEMA ${next.schema}`);
    await writeInto(tx, next.schema);
    await tx.exec(projection.ddl);
    await writeCheckpoint(tx, next.row, { version: projection.version, position: -1n });
  });
  let position = -1n;
  let applied = 0;
  const catchUp = async () => {
    for (;;) {
      const events = await store.readAll({ after: position, maxCount: BATCH });
      if (events.length === 0) return;
      await applyBatch(sql, projection, next, position, events);
      position = events.at(-1)?.globalPosition ?? position;
      applied += events.length;
      onProgress({ projection: projection.name, applied, position });
    }
  };
  for (let attempt = 0; attempt < SWAP_ATTEMPTS; attempt += 1) {
    await catchUp();
    if (await swapIfCaughtUp(sql, projection, position)) return;
  }
  throw new Error(`${projection.name}: the live projection kept moving ahead of the rebuild`);
}

/** The swap itself: only when the rebuilt copy is at least as far as the live one. */
async function swapIfCaughtUp(
  sql: SqlDatabase,
  projection: Projection,
  position: bigint,
): Promise<boolean> {
  const live = schemaOf(projection);
  const next = rebuildSchemaOf(projection);
  return sql.transaction(async (tx) => {
    const current = await readCheckpoint(tx, projection.name, true);
    if (current && current.position > position) return false;
    await tx.exec(
      `DROP SCHEMA IF EXISTS ${live}__old CASCADE;
       ALTER SCHEMA ${next} RENAME TO ${live}__swap;
       DO $$ BEGIN
         IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '${live}') THEN
           EXECUTE 'ALTER SCHEMA ${live} RENAME TO ${live}__old';
         END IF;
       END $$;
       ALTER SCHEMA ${live}__swap RENAME TO ${live};
       DROP SCHEMA IF EXISTS ${live}__old CASCADE;`,
    );
    await writeCheckpoint(tx, projection.name, { version: projection.version, position });
    await deleteCheckpoint(tx, `${projection.name}__next`);
    return true;
  });
}
