import type { NewEvent } from '@concordat/event-store';
import type { PlainConnection } from './bench-stores';

/** The ceiling's table: the store's own shape, indexes and all, but none of its work. */
export async function createCeilingTable(connection: PlainConnection): Promise<void> {
  await connection.query('CREATE TABLE ceiling_events (LIKE concordat_events INCLUDING ALL)');
}

const PLACEHOLDER_HASH = '0'.repeat(64);
const COLUMNS_PER_ROW = 8;
let nextPosition = 1;

/** The row's values with the same payload the store writes; positions from a counter. */
function valuesOf(event: NewEvent, streamId: string, revision: number): unknown[] {
  nextPosition += 1;
  return [
    String(nextPosition),
    event.id,
    streamId,
    revision,
    event.type,
    event.data,
    event.metadata,
    JSON.stringify(event),
  ];
}

const rowPlaceholders = (row: number) => {
  const at = (column: number) => `$${row * COLUMNS_PER_ROW + column}`;
  return `(${at(1)}, ${at(2)}, ${at(3)}, ${at(4)}, ${at(5)}, 1, ${at(6)}, ${at(7)}, now(), '${PLACEHOLDER_HASH}', '${PLACEHOLDER_HASH}', ${at(8)})`;
};

/** One INSERT of `events` as revisions 0.. of one stream, committed on its own. */
export async function insertPlainly(
  connection: PlainConnection,
  streamId: string,
  events: readonly NewEvent[],
): Promise<void> {
  await connection.query(
    `INSERT INTO ceiling_events VALUES ${events.map((_, row) => rowPlaceholders(row)).join(', ')}`,
    events.flatMap((event, revision) => valuesOf(event, streamId, revision)),
  );
}

/** Copies what the store holds beyond `after`, so both sides read the very same rows. */
export async function copyEventsToCeiling(
  connection: PlainConnection,
  after: bigint,
): Promise<void> {
  await connection.query(
    'INSERT INTO ceiling_events SELECT * FROM concordat_events WHERE global_position > $1',
    [after.toString()],
  );
}

/** Pages through `where` in the given order, 1,000 rows at a time; returns the rows read. */
export async function readPlainly(
  connection: PlainConnection,
  where: string,
  orderColumn: 'global_position' | 'stream_revision',
  params: unknown[],
): Promise<number> {
  let cursor = '-1';
  let read = 0;
  for (;;) {
    const rows = await connection.rows<Record<string, unknown>>(
      `SELECT *, ${orderColumn}::text AS cursor FROM ceiling_events
        WHERE ${where} AND ${orderColumn} > $${params.length + 1}
        ORDER BY ${orderColumn} LIMIT 1000`,
      [...params, cursor],
    );
    read += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < 1000) return read;
    cursor = String(last.cursor);
  }
}
