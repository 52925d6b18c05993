import { hash } from 'node:crypto';
import { timed } from '../measure';
import type { PlainConnection } from '../store/bench-stores';

const PAGE = 1_000;

interface LogRow {
  readonly global_position: string;
  readonly canonical: string;
  readonly hash: string;
}

/**
 * Figure 8's ceiling: the least any verifier of the log must do, with plain statements. Every
 * column of every event, read by position a page of 1,000 at a time (the next page asked for
 * while this one is checked, as `audit verify` reads), and each canonical text's SHA-256 compared
 * with its stored hash; none of the fields compared, no chain, no tree. Returns events/s.
 */
export async function verifyCeiling(connection: PlainConnection): Promise<number> {
  let events = 0;
  let altered = 0;
  const pageAfter = (position: string) =>
    connection.rows<LogRow>(
      `SELECT * FROM concordat_events WHERE global_position > $1
        ORDER BY global_position LIMIT ${PAGE}`,
      [position],
    );
  const seconds = await timed(async () => {
    let next = pageAfter('0');
    for (;;) {
      const rows = await next;
      const last = rows.at(-1);
      if (!last) return;
      next = pageAfter(String(last.global_position));
      for (const row of rows) {
        if (hash('sha256', row.canonical, 'hex') !== row.hash) altered += 1;
      }
      events += rows.length;
    }
  });
  if (altered > 0) throw new Error(`${altered} events' hashes differ from their canonical text`);
  return events / seconds;
}
