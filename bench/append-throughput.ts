/**
 * Sequential one-event appends to 1,000 streams, beside the ceiling of plain `pg`: a single-row
 * INSERT per commit into a table of the same shape, with the same payload. Prints a table and
 * writes bench/results/latest.json. Run with `npm run bench` (DATABASE_URL or the local server).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  EVENT_STORE_MIGRATIONS,
  migrate,
  PostgresDatabase,
  SqlEventStore,
  type NewEvent,
} from '@concordat/event-store';
import { createPostgresTestDatabase } from '@concordat/event-store/testing/postgres-test-database';
import { medianRate } from './measure';

const STREAMS = 1_000;
const RUNS = 3;

function commitmentEvent(sequence: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'CommitmentProgressReported',
    schemaVersion: 1,
    data: {
      partnershipId: 'orkney',
      commitmentId: `c-${sequence}`,
      status: 'on_track',
      note: 'Quarterly review: the programme is recruiting to plan in all island localities.',
      evidenceUrl: 'https://example.org/evidence/q3-report.pdf',
      period: { start: '2009-10-01', end: '2009-12-31' },
    },
    metadata: {
      actor: 'user:partner-rep',
      correlationId: randomUUID(),
      causationId: null,
      commandId: randomUUID(),
      occurredAt: '2010-01-15T10:00:00.000Z',
    },
  };
}

async function ceiling(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE TABLE ceiling (LIKE concordat_events INCLUDING ALL)`);
  const rate = await medianRate(RUNS, STREAMS, async (run) => {
    for (let i = 0; i < STREAMS; i += 1) {
      const event = commitmentEvent(i);
      const text = JSON.stringify(event);
      await client.query(
        `INSERT INTO ceiling VALUES ($1, $2, $3, 0, $4, 1, $5, $6, now(), $7, $7, $8)`,
        [
          BigInt(run * STREAMS + i).toString(),
          event.id,
          `s-${run}-${i}`,
          event.type,
          event.data,
          event.metadata,
          '0'.repeat(64),
          text,
        ],
      );
    }
  });
  await client.end();
  return rate;
}

async function main(): Promise<void> {
  const database = await createPostgresTestDatabase();
  try {
    const sql = new PostgresDatabase(database.url);
    await migrate(sql, EVENT_STORE_MIGRATIONS);
    const store = new SqlEventStore(sql);
    const appends = await medianRate(RUNS, STREAMS, async (run) => {
      for (let i = 0; i < STREAMS; i += 1) {
        await store.appendToStream(`commitment-${run}-${i}`, [commitmentEvent(i)], 'no_stream');
      }
    });
    await store.close();
    await sql.close();
    const limit = await ceiling(database.url);
    const result = {
      figure: 'sequential 1-event appends to 1,000 streams (PostgreSQL)',
      concordatPerSecond: Math.round(appends),
      ceilingPerSecond: Math.round(limit),
      ratio: Number((appends / limit).toFixed(3)),
    };
    console.table([result]);
    const machine = { cores: cpus().length, memoryBytes: totalmem(), node: process.version };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(
      join(__dirname, 'results', 'latest.json'),
      `${JSON.stringify({ machine, runs: RUNS, results: [result] }, null, 2)}\n`,
    );
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
