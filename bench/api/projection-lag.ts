import { Client } from 'pg';
import { percentile } from '../measure';

const POLL_MS = 10;

/**
 * Watches the log's head and the slowest projection's checkpoint straight in PostgreSQL: each
 * head position seen is timed from when it first showed until every projection had applied it.
 */
export async function watchProjectionLag(url: string): Promise<{ stop(): Promise<LagFigures> }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const waiting: { position: bigint; seenAt: number }[] = [];
  const lags: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ head: string | null; applied: string | null }>(
        `SELECT (SELECT max(global_position) FROM concordat_events)::text AS head,
                (SELECT min(position) FROM concordat_projections
                  WHERE projection NOT LIKE '%\\_\\_next')::text AS applied`,
      );
      const now = performance.now();
      const head = rows[0]?.head ? BigInt(rows[0].head) : null;
      const applied = rows[0]?.applied ? BigInt(rows[0].applied) : -1n;
      if (head !== null && head !== waiting.at(-1)?.position) {
        waiting.push({ position: head, seenAt: now });
      }
      while (waiting[0] && waiting[0].position <= applied) {
        lags.push(now - (waiting.shift()?.seenAt ?? now));
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await client.end();
      return { p50Ms: percentile(lags, 50), p99Ms: percentile(lags, 99), samples: lags.length };
    },
  };
}

export interface LagFigures {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly samples: number;
}
