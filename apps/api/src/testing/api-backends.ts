import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@concordat/config';
import { createPostgresTestDatabase } from '@concordat/event-store/testing/postgres-test-database';
import { startApi } from '../start-api';
import { useDefaultToken } from './graphql-client';
import { EVERY_WRITING_ROLE, TEST_JWT_SECRET, TEST_OPERATOR, testToken } from './test-tokens';

export interface RunningApi {
  readonly app: INestApplication;
  readonly url: string;
  stop(): Promise<void>;
}

type Starter = (env?: Record<string, string>) => Promise<RunningApi>;

async function started(
  env: Record<string, string>,
  cleanUp: () => Promise<unknown>,
): Promise<RunningApi> {
  const config = loadConfig({
    CONCORDAT_DEMO: 'off',
    CONCORDAT_JWT_SECRET: TEST_JWT_SECRET,
    ...env,
  });
  const app = await startApi(config, {
    host: '127.0.0.1',
    port: 0,
    quiet: true,
  });
  const url = await app.getUrl();
  useDefaultToken(url, await testToken(TEST_OPERATOR, EVERY_WRITING_ROLE));
  return {
    app,
    url,
    stop: async () => {
      await app.close();
      await cleanUp();
    },
  };
}

/** [store, start] pairs: the API over real HTTP on a fresh PostgreSQL database or embedded store. */
export const apiBackends: Array<[string, Starter]> = [
  [
    'PostgreSQL',
    async (env = {}) => {
      const database = await createPostgresTestDatabase();
      return started({ ...env, DATABASE_URL: database.url }, database.drop);
    },
  ],
  [
    'the embedded store',
    async (env = {}) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'concordat-api-'));
      return started({ ...env, CONCORDAT_DATA_DIR: dataDir }, () =>
        rm(dataDir, { recursive: true, force: true }),
      );
    },
  ],
];
