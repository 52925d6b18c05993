import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

export interface Machine {
  readonly cores: number;
  readonly cpuModel: string;
  readonly memoryBytes: number;
  /** One-minute load average when the run started: others' work shows here. */
  readonly loadAverageAtStart: number;
  readonly node: string;
  readonly postgres: string;
  readonly postgresSettings: Readonly<Record<string, string>>;
  readonly pglite: string;
}

const SETTINGS = [
  'shared_buffers',
  'synchronous_commit',
  'fsync',
  'wal_sync_method',
  'commit_delay',
  'max_connections',
  'work_mem',
];

export async function describeMachine(serverUrl: string): Promise<Machine> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const version = await client.query<{ version: string }>('SELECT version()');
    const settings = await client.query<{ name: string; setting: string; unit: string | null }>(
      'SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)',
      [SETTINGS],
    );
    const pglitePackage = JSON.parse(
      readFileSync(
        join(require.resolve('@electric-sql/pglite'), '..', '..', 'package.json'),
        'utf8',
      ),
    ) as { version: string };
    return {
      cores: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryBytes: totalmem(),
      loadAverageAtStart: Number(loadavg()[0]?.toFixed(2)),
      node: process.version,
      postgres: version.rows[0]?.version ?? 'unknown',
      postgresSettings: Object.fromEntries(
        settings.rows.map((row) => [row.name, `${row.setting}${row.unit ? ` ${row.unit}` : ''}`]),
      ),
      pglite: pglitePackage.version,
    };
  } finally {
    await client.end();
  }
}
