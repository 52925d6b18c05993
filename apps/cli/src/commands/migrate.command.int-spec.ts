import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE_MIGRATIONS } from '@concordat/event-store';
import { createPostgresTestDatabase } from '@concordat/event-store/testing/postgres-test-database';
import { READ_MODEL_MIGRATIONS } from '@concordat/read-models';
import { runCli } from '../testing/run-cli';

/** Every migration the command applies: the log's, then the read side's. */
const ALL = EVENT_STORE_MIGRATIONS.length + READ_MODEL_MIGRATIONS.length;

describe('concordat migrate', () => {
  it('migrates a fresh PostgreSQL database once, then reports it up to date', async () => {
    const database = await createPostgresTestDatabase();
    try {
      const first = await runCli(['migrate'], { DATABASE_URL: database.url });
      const second = await runCli(['migrate'], { DATABASE_URL: database.url });

      expect(first).toContain('applied 0001-create-events');
      expect(first).toContain('applied 0002-create-integrity-checkpoints');
      expect(first).toContain('applied 0003-create-personal-data-keys');
      expect(first).toContain('applied 1001-create-projection-state');
      expect(first.at(-1)).toMatch(new RegExp(`: ${ALL} applied, 0 already up to date$`));
      expect(second.at(-1)).toMatch(new RegExp(`: 0 applied, ${ALL} already up to date$`));
    } finally {
      await database.drop();
    }
  });

  it('migrates the embedded store in CONCORDAT_DATA_DIR', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'concordat-cli-'));
    try {
      const lines = await runCli(['migrate'], { CONCORDAT_DATA_DIR: dataDir, DATABASE_URL: '' });

      expect(lines.at(-1)).toBe(`embedded (${dataDir}): ${ALL} applied, 0 already up to date`);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
