import { sha256Hex } from '../hashing/event-hash';
import type { Migration } from './migrations';
import type { SqlDatabase } from './sql-database';

/** Arbitrary but fixed: serialises migrators across processes sharing one database. */
const MIGRATION_LOCK_KEY = 7_311_512_845;

export interface MigrationReport {
  readonly applied: readonly string[];
  readonly alreadyApplied: number;
}

export class MigrationChecksumError extends Error {
  constructor(readonly migration: string) {
    super(`migration ${migration} was changed after it was applied; restore it and add a new one`);
    this.name = 'MigrationChecksumError';
  }
}

/**
 * Applies pending migrations, each in its own transaction with its bookkeeping row, under a
 * transaction-scoped advisory lock so two processes starting together do not race.
 */
export async function migrate(
  database: SqlDatabase,
  migrations: readonly Migration[],
): Promise<MigrationReport> {
  await database.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS concordat_schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        checksum char(64) NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  });
  const applied: string[] = [];
  let alreadyApplied = 0;
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const label = `${String(migration.version).padStart(4, '0')}-${migration.name}`;
    const checksum = sha256Hex(migration.sql);
    const didApply = await database.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const rows = await tx.query<{ checksum: string }>(
        'SELECT checksum FROM concordat_schema_migrations WHERE version = $1',
        [migration.version],
      );
      const existing = rows[0];
      if (existing) {
        if (existing.checksum !== checksum) throw new MigrationChecksumError(label);
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query(
        'INSERT INTO concordat_schema_migrations (version, name, checksum) VALUES ($1, $2, $3)',
        [migration.version, migration.name, checksum],
      );
      return true;
    });
    if (didApply) applied.push(label);
    else alreadyApplied += 1;
  }
  return { applied, alreadyApplied };
}
