import type { EventStore, SqlDatabase, StoredEvent } from '@concordat/event-store';
import { applyBatch } from './apply-batch';
import { rebuildSchemaOf, schemaOf, type Projection } from './projection';
import {
  deleteCheckpoint,
  readCheckpoint,
  writeCheckpoint,
  writeInto,
} from './projection-checkpoints';

export interface RebuildProgress {
  /** Events of the log read so far, each applied to every projection being rebuilt. */
  readonly applied: number;
  readonly position: bigint;
}

const BATCH = 1_000;
/** Events applied before the fresh copies' statistics are first refreshed; then at each doubling. */
const FIRST_ANALYSIS = 10_000;
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
  await rebuildProjections(store, sql, [projection], onProgress);
}

/**
 * Rebuilds several projections from one read of the log: each page is read once (the next one
 * while the current is applied) and applied to every projection side by side, each in its own
 * transaction, since their schemas are independent. Each is then swapped in on its own.
 */
export async function rebuildProjections(
  store: EventStore,
  sql: SqlDatabase,
  projections: readonly Projection[],
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<void> {
  for (const projection of projections) await prepareFreshCopy(sql, projection);
  const position = await applyLog(store, sql, projections, -1n, onProgress);
  await Promise.all(projections.map((projection) => createDeferredIndexes(sql, projection)));
  for (const projection of projections) await swapOnceCaughtUp(store, sql, projection, position);
}

async function prepareFreshCopy(sql: SqlDatabase, projection: Projection): Promise<void> {
  const next = freshCopyOf(projection);
  await sql.transaction(async (tx) => {
    await tx.exec(`DROP SCHEMA IF EXISTS ${next.schema} CASCADE; CREATE SCHEMA ${next.schema}`);
    await writeInto(tx, next.schema);
    await tx.exec(projection.ddl);
    await writeCheckpoint(tx, next.row, { version: projection.version, position: -1n });
  });
}

async function createDeferredIndexes(sql: SqlDatabase, projection: Projection): Promise<void> {
  const { deferredIndexes } = projection;
  if (!deferredIndexes) return;
  await sql.transaction(async (tx) => {
    await writeInto(tx, rebuildSchemaOf(projection));
    await tx.exec(deferredIndexes);
  });
}

function freshCopyOf(projection: Projection): { readonly row: string; readonly schema: string } {
  return { row: `${projection.name}__next`, schema: rebuildSchemaOf(projection) };
}

/** Applies the log after `after` to each projection's fresh copy; returns the last position. */
async function applyLog(
  store: EventStore,
  sql: SqlDatabase,
  projections: readonly Projection[],
  after: bigint,
  onProgress: (progress: RebuildProgress) => void,
): Promise<bigint> {
  let position = after;
  let applied = 0;
  let analyseAt = FIRST_ANALYSIS;
  let page = await store.readAll({ after: position, maxCount: BATCH });
  while (page.length > 0) {
    const last = page.at(-1)!.globalPosition;
    const [nextPage] = await Promise.all([
      store.readAll({ after: last, maxCount: BATCH }),
      applyToEach(sql, projections, position, page),
    ]);
    position = last;
    applied += page.length;
    onProgress({ applied, position });
    if (applied >= analyseAt) {
      await Promise.all(projections.map((projection) => analyseFreshCopy(sql, projection)));
      analyseAt *= 2;
    }
    page = nextPage;
  }
  return position;
}

/**
 * Refreshes the planner's statistics of a fresh copy as it grows. The batches' statements are
 * prepared once per connection, and a plan made while a table was nearly empty scans it whole:
 * over a million events, the commitments' progress reports spent most of their time so. New
 * statistics make the server plan them again.
 */
async function analyseFreshCopy(sql: SqlDatabase, projection: Projection): Promise<void> {
  const schema = rebuildSchemaOf(projection);
  const tables = await sql.query<{ name: string }>(
    'SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = $1',
    [schema],
  );
  if (tables.length === 0) return;
  await sql.exec(`ANALYZE ${tables.map(({ name }) => `${schema}.${name}`).join(', ')}`);
}

async function applyToEach(
  sql: SqlDatabase,
  projections: readonly Projection[],
  expected: bigint,
  page: readonly StoredEvent[],
): Promise<void> {
  await Promise.all(
    projections.map((projection) =>
      applyBatch(sql, projection, freshCopyOf(projection), expected, page),
    ),
  );
}

/** Catches the fresh copy up with the log and swaps it in, while the live one keeps moving. */
async function swapOnceCaughtUp(
  store: EventStore,
  sql: SqlDatabase,
  projection: Projection,
  from: bigint,
): Promise<void> {
  let position = from;
  for (let attempt = 0; attempt < SWAP_ATTEMPTS; attempt += 1) {
    position = await applyLog(store, sql, [projection], position, () => undefined);
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
