import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_FILES, EvidenceExportRefused, type EvidenceManifest } from '@concordat/audit';
import { loadConfig } from '@concordat/config';
import { openStores } from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '@concordat/event-store/testing/postgres-test-database';
import { Client } from 'pg';
import { runCli } from '../testing/run-cli';
import { asSuperuser, generateKeys, type SigningKeys } from './testing/audited-log';
import {
  DEMO_PARTNERSHIP,
  demoLogWithCheckpoint,
  OTHER_PARTNERSHIP,
  readEvents,
  readJson,
} from './testing/evidence-bundle';

const OFFLINE = { DATABASE_URL: 'postgres://127.0.0.1:1/none' };

describe('concordat audit export', () => {
  let directory: string;
  let keys: SigningKeys;
  let database: TestDatabase;
  let env: Record<string, string>;
  let out: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'concordat-export-'));
    keys = await generateKeys(join(directory, 'keys'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));
  beforeEach(async () => {
    database = await createPostgresTestDatabase();
    env = { DATABASE_URL: database.url, ...keys.env };
    out = await mkdtemp(join(directory, 'bundle-'));
  });
  afterEach(() => database.drop());

  const exportDemo = () =>
    runCli(['audit', 'export', '--partnership', DEMO_PARTNERSHIP, '--out', out, '--quiet'], env);

  it("writes the partnership's whole streams, each event with its leaf, and nothing of another", async () => {
    await demoLogWithCheckpoint(env);

    const printed = await exportDemo();

    const events = await readEvents(out);
    const streams = new Map<string, string[]>();
    for (const event of events) {
      streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event.streamRevision]);
    }
    const expected = await query<{ stream_id: string; events: number }>(
      `SELECT stream_id, count(*)::int AS events FROM concordat_events
        WHERE stream_id IN (
          SELECT stream_id FROM concordat_events WHERE data->>'partnershipId' = $1
          UNION
          SELECT 'framework-version-' || (data->>'frameworkVersionId') FROM concordat_events
           WHERE data->>'partnershipId' = $1 AND data ? 'frameworkVersionId')
        GROUP BY stream_id`,
      [DEMO_PARTNERSHIP],
    );
    expect(Object.fromEntries([...streams].map(([id, revisions]) => [id, revisions]))).toEqual(
      Object.fromEntries(
        expected.map((row) => [
          row.stream_id,
          Array.from({ length: row.events }, (_, r) => `${r}`),
        ]),
      ),
    );
    expect(streams.has('framework-version-npf-2007')).toBe(true);
    expect(streams.has('framework-version-npf-2011')).toBe(false);
    expect(events.filter((event) => JSON.stringify(event).includes(OTHER_PARTNERSHIP))).toEqual([]);

    const leaves = await query<{ position: string; leaf: string }>(
      `SELECT global_position::text AS position,
              (row_number() OVER (ORDER BY global_position) - 1)::text AS leaf
         FROM concordat_events`,
    );
    const leafAt = new Map(leaves.map((row) => [row.position, row.leaf]));
    for (const event of events) expect(event.leafIndex).toBe(leafAt.get(event.globalPosition));

    const manifest = await readJson<EvidenceManifest>(out, BUNDLE_FILES.manifest);
    const version = (JSON.parse(await readFile('package.json', 'utf8')) as { version: string })
      .version;
    expect(manifest).toMatchObject({
      format: 'concordat-evidence-bundle/1',
      partnershipId: DEMO_PARTNERSHIP,
      toolVersion: `concordat ${version}`,
      events: events.length,
      streams: [...streams].map(([streamId, revisions]) => {
        const last = events.findLast((event) => event.streamId === streamId)!;
        return { streamId, lastRevision: revisions.at(-1), lastHash: last.hash };
      }),
      treeSize: String(leaves.length),
      keyId: keys.keyId,
      signature: expect.stringMatching(/^[0-9a-f]{128}$/),
    });
    expect(printed).toEqual([
      `exported partnership ${DEMO_PARTNERSHIP} to ${out}: ${events.length} events in ${streams.size} streams`,
      `each proven against the checkpoint of tree size ${leaves.length}, root ${manifest.rootHash}, key id ${keys.keyId}`,
      'the manifest, which lists where each stream ends, signed with the same key',
    ]);
    expect(await readFile(join(out, BUNDLE_FILES.publicKey), 'utf8')).toBe(
      await readFile(keys.publicKeyFile, 'utf8'),
    );
  });

  it('leaves out what no checkpoint covers yet, and says so', async () => {
    await demoLogWithCheckpoint(env);
    const stores = await openStores(loadConfig(env));
    try {
      const about = anEvent().withData({ partnershipId: DEMO_PARTNERSHIP });
      await stores.eventStore.appendToStream('partnership-orkney-cpp', about.buildMany(2));
      await stores.eventStore.appendToStream('meeting-board-2012-03-27', about.buildMany(1));
    } finally {
      await stores.close();
    }

    const printed = await exportDemo();

    expect(printed[3]).toBe(
      '3 later events of these streams are not in the bundle: no checkpoint covers them yet; ' +
        'run concordat audit checkpoint, then export again',
    );
    const manifest = await readJson<EvidenceManifest>(out, BUNDLE_FILES.manifest);
    const events = await readEvents(out);
    expect(events.every((event) => BigInt(event.leafIndex) < BigInt(manifest.treeSize))).toBe(true);
    expect(events.some((event) => event.streamId === 'meeting-board-2012-03-27')).toBe(false);
    expect((await runCli(['audit', 'verify', '--bundle', out], OFFLINE)).at(-1)).toBe(
      'no problems found',
    );
  });

  it('refuses without the signing key, a log without a checkpoint, a partnership the log does not name, and an existing bundle', async () => {
    await runCli(['seed', 'demo'], env);
    await expect(
      runCli(['audit', 'export', '--partnership', DEMO_PARTNERSHIP, '--out', out], {
        ...env,
        CONCORDAT_SIGNING_KEY_FILE: '',
      }),
    ).rejects.toThrow('CONCORDAT_SIGNING_KEY_FILE is not set');
    await expect(exportDemo()).rejects.toThrow(
      new EvidenceExportRefused(
        'there is no checkpoint to prove the events against; run concordat audit checkpoint first',
      ),
    );

    await runCli(['audit', 'checkpoint', '--quiet'], env);
    await expect(
      runCli(['audit', 'export', '--partnership', 'nowhere-cpp', '--out', out, '--quiet'], env),
    ).rejects.toThrow(
      /^no event of the log up to the latest checkpoint \(tree size \d+\) names partnership nowhere-cpp$/,
    );

    await exportDemo();
    await expect(exportDemo()).rejects.toThrow(
      `${out} already holds ${Object.values(BUNDLE_FILES).join(', ')}; a bundle is never overwritten`,
    );
  });

  it('refuses to export from a log that no longer has the signed root', async () => {
    await demoLogWithCheckpoint(env);
    await asSuperuser(database.url, (client) =>
      client.query(
        `UPDATE concordat_events SET hash = repeat('0', 64)
          WHERE stream_id = 'partnership-orkney-cpp' AND stream_revision = 3`,
      ),
    );

    await expect(exportDemo()).rejects.toThrow(
      /^the log's first \d+ events no longer have the root the latest checkpoint signed; run concordat audit verify$/,
    );
  });

  async function query<T extends object>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<T>(text, params)).rows;
    } finally {
      await client.end();
    }
  }
});
