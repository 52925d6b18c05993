import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '@concordat/event-store/testing/postgres-test-database';
import { runCli } from '../testing/run-cli';
import {
  appendRounds,
  asSuperuser,
  generateKeys,
  signAsItGrows,
  type SigningKeys,
} from './testing/audited-log';

describe('concordat audit checkpoint', () => {
  let directory: string;
  let keys: SigningKeys;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'concordat-audit-'));
    keys = await generateKeys(join(directory, 'keys'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  describe('on PostgreSQL', () => {
    let database: TestDatabase;
    let env: Record<string, string>;
    beforeEach(async () => {
      database = await createPostgresTestDatabase();
      env = { DATABASE_URL: database.url, ...keys.env };
    });
    afterEach(() => database.drop());

    it('signs the log once, and again only when it has grown', async () => {
      await appendRounds(env, 1);

      const first = await runCli(['audit', 'checkpoint', '--quiet'], env);
      const again = await runCli(['audit', 'checkpoint', '--quiet'], env);

      expect(first).toEqual([
        'signed checkpoint of tree size 40',
        expect.stringMatching(/^root [0-9a-f]{64}$/),
        expect.stringMatching(new RegExp(`^key id ${keys.keyId}, issued at \\d{4}-.*Z$`)),
      ]);
      expect(again).toEqual([
        'the log has not grown since the checkpoint of tree size 40',
        ...first.slice(1),
      ]);
    });

    it('refuses to sign an empty log', async () => {
      await expect(runCli(['audit', 'checkpoint', '--quiet'], env)).rejects.toThrow(
        'the log is empty: there is nothing to sign',
      );
    });

    it('refuses to sign a log whose signed part has changed', async () => {
      await appendRounds(env, 1);
      await runCli(['audit', 'checkpoint', '--quiet'], env);
      await appendRounds(env, 1);
      await asSuperuser(database.url, (client) =>
        client.query(
          `UPDATE concordat_events SET hash = repeat('0', 64)
            WHERE stream_id = 'meeting-1' AND stream_revision = 9`,
        ),
      );

      await expect(runCli(['audit', 'checkpoint', '--quiet'], env)).rejects.toThrow(
        "the log's first 40 events no longer have the root the checkpoint of tree size 40 signed",
      );
    });

    it('needs the signing key, and verifying needs the public key', async () => {
      await appendRounds(env, 1);
      const unset = { CONCORDAT_SIGNING_KEY_FILE: '', CONCORDAT_SIGNING_PUBLIC_KEY_FILE: '' };

      await expect(runCli(['audit', 'checkpoint'], { ...env, ...unset })).rejects.toThrow(
        'CONCORDAT_SIGNING_KEY_FILE is not set; make a key pair with: concordat keys generate --out DIR',
      );
      await expect(runCli(['audit', 'verify'], { ...env, ...unset })).rejects.toThrow(
        'CONCORDAT_SIGNING_PUBLIC_KEY_FILE is not set',
      );
    });
  });

  it('signs and verifies the embedded store', async () => {
    const env = { DATABASE_URL: '', CONCORDAT_DATA_DIR: join(directory, 'data'), ...keys.env };
    await signAsItGrows(env);

    expect(await runCli(['audit', 'verify', '--quiet'], env)).toEqual([
      '200 events in 4 streams',
      '3 of 3 checkpoints verified, 2 of 2 consecutive pairs proven consistent',
      'no problems found',
    ]);
  }, 300_000);
});
