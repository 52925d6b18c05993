import type { SqlQueryable } from '@concordat/event-store';

/**
 * A digest of every row of every table in a schema, in a stable order: two copies of a read
 * model are identical exactly when their digests are.
 */
export async function schemaDigest(db: SqlQueryable, schema: string): Promise<string> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema],
  );
  const parts: string[] = [];
  for (const { table_name: table } of tables) {
    const [row] = await db.query<{ digest: string | null }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${schema}.${table} t`,
    );
    parts.push(`${table}:${row?.digest ?? 'empty'}`);
  }
  return parts.join(',');
}
