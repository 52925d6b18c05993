import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresTestDatabase } from '@concordat/event-store/testing/postgres-test-database';
import { runCli } from '../testing/run-cli';

describe('concordat migrate', () => {
  it('migrates a fresh PostgreSQL database once, then reports it up to date', async () => {
    const database = await createPostgresTestDatabase();
    try {
      const first = await runCli(['migrate'], { DATABASE_URL: database.url });
      const second = await runCli(['migrate'], { DATABASE_URL: database.url });

      expect(first).toContain('applied 0001-create-events');
      expect(first).toContain('applied 0002-create-integrity-checkpoints');
      expect(first).toContain('applied 1001-create-projection-state');
      expect(first.at(-1)).toMatch(/: 3 applied, 0 already up to date$/);
      expect(second.at(-1)).toMatch(/: 0 applied, 3 already up to date$/);
    } finally {
      await database.drop();
    }
  });

  it('migrates the embedded store in CONCORDAT_DATA_DIR', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'concordat-cli-'));
    try {
      const lines = await runCli(['migrate'], { CONCORDAT_DATA_DIR: dataDir, DATABASE_URL: '' });

      expect(lines.at(-1)).toBe(`embedded (${dataDir}): 3 applied, 0 already up to date`);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
