import type { SqlQueryable } from '@concordat/event-store';

export interface ProjectionRow {
  readonly version: number;
  readonly position: bigint;
  /** When the row was last written, as the database says; read, never written from here. */
  readonly writtenAt?: string;
}

/** Reading and moving a projection's checkpoint; `lock` holds it until the transaction ends. */
export async function readCheckpoint(
  db: SqlQueryable,
  projection: string,
  lock = false,
): Promise<ProjectionRow | null> {
  const rows = await db.query<{ version: number; position: string; written_at: string }>(
    `SELECT version, position::text AS position, updated_at::text AS written_at
       FROM concordat_projections WHERE projection = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [projection],
  );
  const row = rows[0];
  return row
    ? { version: row.version, position: BigInt(row.position), writtenAt: row.written_at }
    : null;
}

export async function writeCheckpoint(
  db: SqlQueryable,
  projection: string,
  row: ProjectionRow,
): Promise<void> {
  await db.query(
    `INSERT INTO concordat_projections (projection, version, position) VALUES ($1, $2, $3)
     ON CONFLICT (projection) DO UPDATE
       SET version = excluded.version, position = excluded.position, updated_at = now()`,
    [projection, row.version, row.position.toString()],
  );
}

/**
 * Moves the checkpoint from `from` to `to`; false when it was not at `from` (someone moved it).
 * One statement committed on its own, which, like a batch (`writeInto`), does not wait for the
 * WAL flush: a crash can only take the checkpoint back, and the events past it are read again.
 */
export async function moveCheckpoint(
  db: SqlQueryable,
  projection: string,
  from: bigint,
  to: bigint,
): Promise<boolean> {
  const moved = await db.query(
    `UPDATE concordat_projections SET position = $3, updated_at = now()
      WHERE projection = $1 AND position = $2
        AND set_config('synchronous_commit', 'off', true) IS NOT NULL
      RETURNING projection`,
    [projection, from.toString(), to.toString()],
  );
  return moved.length > 0;
}

export async function deleteCheckpoint(db: SqlQueryable, projection: string): Promise<void> {
  await db.query('DELETE FROM concordat_projections WHERE projection = $1', [projection]);
}

/**
 * Makes unqualified table names in this transaction mean the given schema's tables, and lets it
 * commit without waiting for the WAL to reach disk. A read model is derived from the log, and its
 * checkpoint moves in the same transaction as its rows, so a crash can only take both back
 * together, to be applied again from the log; the log's own appends keep waiting for the flush.
 */
export async function writeInto(tx: SqlQueryable, schema: string): Promise<void> {
  await tx.query(
    `SELECT set_config('search_path', $1, true), set_config('synchronous_commit', 'off', true)`,
    [`${schema}, public`],
  );
}
