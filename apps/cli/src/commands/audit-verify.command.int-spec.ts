import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@concordat/config';
import { openStores, sealEvent, type StoredEvent } from '@concordat/event-store';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '@concordat/event-store/testing/postgres-test-database';
import { runCli } from '../testing/run-cli';
import { IntegrityProblemsFound } from './audit.command';
import {
  appendRounds,
  asSuperuser,
  checkpointEnd,
  generateKeys,
  positionOf,
  signAsItGrows,
  type SigningKeys,
} from './testing/audited-log';

/**
 * Each case tampers for real, as a superuser would, with a log of 200 events in four streams and
 * checkpoints at 80, 160 and 200 events (see `signAsItGrows`).
 */
describe('concordat audit verify on PostgreSQL', () => {
  let keyDirectory: string;
  let keys: SigningKeys;
  let stranger: SigningKeys;
  let database: TestDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    keyDirectory = await mkdtemp(join(tmpdir(), 'concordat-keys-'));
    keys = await generateKeys(join(keyDirectory, 'genuine'));
    stranger = await generateKeys(join(keyDirectory, 'stranger'));
  });
  afterAll(() => rm(keyDirectory, { recursive: true, force: true }));

  beforeEach(async () => {
    database = await createPostgresTestDatabase();
    env = { DATABASE_URL: database.url, ...keys.env };
    await signAsItGrows(env);
  });
  afterEach(() => database.drop());

  /** The problems `audit verify` names, one per line, after checking it failed. */
  async function problemsFound(): Promise<string[]> {
    const failure = await runCli(['audit', 'verify', '--quiet'], env).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(IntegrityProblemsFound);
    const [, ...lines] = (failure as IntegrityProblemsFound).message.split('\n');
    return lines.map((line) => line.replace(/^ {2}- /, ''));
  }

  const tampered = (work: Parameters<typeof asSuperuser>[1]) => asSuperuser(database.url, work);
  const end = (treeSize: number) => checkpointEnd(database.url, treeSize);
  const at = (stream: string, revision: number) => positionOf(database.url, stream, revision);

  it('verifies an untouched log clean, with a summary', async () => {
    expect(await runCli(['audit', 'verify', '--quiet'], env)).toEqual([
      '200 events in 4 streams',
      '3 of 3 checkpoints verified, 2 of 2 consecutive pairs proven consistent',
      'no problems found',
    ]);
  });

  it('names a byte changed in the hashed text', async () => {
    await tampered((client) =>
      client.query(
        `UPDATE concordat_events
            SET canonical = overlay(canonical PLACING 'b' FROM position('a fact' IN canonical) + 2)
          WHERE stream_id = 'commitment-1' AND stream_revision = 25`,
      ),
    );
    const position = await at('commitment-1', 25);

    expect(await problemsFound()).toEqual([
      `stream commitment-1 revision 25: hash does not match its canonical text at position ${position} (first covered by the checkpoint of tree size 160)`,
      `stream commitment-1 revision 25: stored fields differ from the text that was hashed at position ${position} (first covered by the checkpoint of tree size 160)`,
    ]);
  });

  it('names a hashed text that is no longer JSON at all', async () => {
    await tampered((client) =>
      client.query(
        `UPDATE concordat_events SET canonical = canonical || ','
          WHERE stream_id = 'meeting-1' AND stream_revision = 7`,
      ),
    );
    const position = await at('meeting-1', 7);

    expect(await problemsFound()).toEqual([
      `stream meeting-1 revision 7: hash does not match its canonical text at position ${position} (first covered by the checkpoint of tree size 80)`,
      `stream meeting-1 revision 7: stored fields differ from the text that was hashed at position ${position} (first covered by the checkpoint of tree size 80)`,
    ]);
  });

  it('names a byte changed in the data that queries read', async () => {
    await tampered((client) =>
      client.query(
        `UPDATE concordat_events SET data = jsonb_set(data, '{note}', '"a fict"')
          WHERE stream_id = 'meeting-1' AND stream_revision = 3`,
      ),
    );

    expect(await problemsFound()).toEqual([
      `stream meeting-1 revision 3: stored fields differ from the text that was hashed at position ${await at('meeting-1', 3)} (first covered by the checkpoint of tree size 80)`,
    ]);
  });

  it('names a deleted event, and the checkpoints that signed it', async () => {
    const [before, after] = [await at('commitment-1', 24), await at('commitment-1', 26)];
    await tampered((client) =>
      client.query(
        `DELETE FROM concordat_events WHERE stream_id = 'commitment-1' AND stream_revision = 25`,
      ),
    );

    expect(await problemsFound()).toEqual([
      `stream commitment-1 revision 25: missing: revision 26 at position ${after} follows revision 24 at position ${before} (first covered by the checkpoint of tree size 160)`,
      expect.stringMatching(
        new RegExp(
          `^checkpoint of tree size 160, positions after ${await end(80)} up to ${await end(160)}: .*: 1 signed event is gone$`,
        ),
      ),
      expect.stringMatching(/^checkpoint of tree size 200, .*: 1 signed event is gone$/),
    ]);
  });

  it('names two events of a stream that were swapped', async () => {
    const [first, second] = [await at('commitment-1', 25), await at('commitment-1', 26)];
    await swapPositions(first, second);

    const problems = await problemsFound();

    expect(problems[0]).toBe(
      `stream commitment-1 revision 25: out of order at position ${second}, after revision 26 at position ${first} (first covered by the checkpoint of tree size 160)`,
    );
    expect(problems.slice(1)).toEqual([
      expect.stringMatching(/^checkpoint of tree size 160, .*: an event was changed or moved$/),
      expect.stringMatching(/^checkpoint of tree size 200, .*: an event was changed or moved$/),
    ]);
  });

  it('finds two events of different streams swapped, which only the tree shows', async () => {
    // The last event of one append and the first of a later one: each stream keeps its order.
    const [first, second] = [await at('commitment-2', 29), await at('meeting-1', 20)];
    await swapPositions(first, second);
    const span = `positions after ${await end(80)} up to ${await end(160)}`;

    expect(await problemsFound()).toEqual([
      expect.stringMatching(
        new RegExp(`^checkpoint of tree size 160, ${span}: .*: an event was changed or moved$`),
      ),
      expect.stringMatching(/^checkpoint of tree size 200, /),
    ]);
    expect(BigInt(first) > BigInt(await end(80))).toBe(true);
    expect(BigInt(second) <= BigInt(await end(160))).toBe(true);
  });

  it('finds a truncated tail, and refuses to sign the shorter log', async () => {
    await tampered((client) =>
      client.query(
        `DELETE FROM concordat_events WHERE global_position IN (
           SELECT global_position FROM concordat_events ORDER BY global_position DESC LIMIT 15)`,
      ),
    );
    const lastLeft = await at('commitment-2', 44); // the last 15: meeting-1 40-49, commitment-2 45-49

    expect(await problemsFound()).toEqual([
      `checkpoint of tree size 200, positions after ${await end(160)} up to ${await end(200)}: the log holds 185 events, fewer than the 200 signed; it ends at position ${lastLeft}: its tail was cut off`,
    ]);
    await expect(runCli(['audit', 'checkpoint', '--quiet'], env)).rejects.toThrow(
      'the log holds 185 events, fewer than the 200 the latest checkpoint covers',
    );
  });

  it('refuses checkpoints forged without the key', async () => {
    const forger = { ...env, ...stranger.env };
    await appendRounds(env, 1);
    await runCli(['audit', 'checkpoint', '--quiet'], forger);
    await appendRounds(env, 1);
    await runCli(['audit', 'checkpoint', '--quiet'], forger);
    await tampered((client) =>
      client.query('UPDATE integrity_checkpoints SET key_id = $1 WHERE tree_size = 280', [
        keys.keyId,
      ]),
    );

    expect(await problemsFound()).toEqual([
      `checkpoint of tree size 240: signed by key ${stranger.keyId}, not by key ${keys.keyId}`,
      'checkpoint of tree size 280: signature does not match the checkpoint',
    ]);
  });

  it('finds a checkpoint whose root was changed', async () => {
    await tampered((client) =>
      client.query(
        `UPDATE integrity_checkpoints
            SET root_hash = (SELECT root_hash FROM integrity_checkpoints WHERE tree_size = 200)
          WHERE tree_size = 160`,
      ),
    );

    expect(await problemsFound()).toEqual([
      'checkpoint of tree size 160: signature does not match the checkpoint',
      expect.stringMatching(
        new RegExp(
          `^checkpoint of tree size 160, positions after ${await end(80)} up to ${await end(160)}: the log's first 160 events do not have the signed root [0-9a-f]{64}: the checkpoint is not what was signed, or an event was changed or moved$`,
        ),
      ),
    ]);
  });

  it('finds a stream rewritten with every hash recomputed, whose roots disagree with the checkpoints', async () => {
    await rewriteStream('meeting-1', 25);

    expect(await problemsFound()).toEqual([
      expect.stringMatching(
        new RegExp(
          `^checkpoint of tree size 160, positions after ${await end(80)} up to ${await end(160)}: .*: an event was changed or moved$`,
        ),
      ),
      expect.stringMatching(/^checkpoint of tree size 200, .*: an event was changed or moved$/),
    ]);
  });

  /** Gives each of two events the other's place in the log. */
  async function swapPositions(first: string, second: string): Promise<void> {
    const move = 'UPDATE concordat_events SET global_position = $2 WHERE global_position = $1';
    await tampered(async (client) => {
      await client.query(move, [first, -1]);
      await client.query(move, [second, first]);
      await client.query(move, [-1, second]);
    });
  }

  /** Changes a stream's data at a revision and reseals it and the rest, as a careful forger would. */
  async function rewriteStream(streamId: string, fromRevision: number): Promise<void> {
    const stores = await openStores(loadConfig(env));
    const events: StoredEvent[] = [];
    try {
      for await (const event of stores.eventStore.readStream(streamId)) events.push(event);
    } finally {
      await stores.close();
    }
    let previousHash = events[fromRevision]!.previousHash;
    await tampered(async (client) => {
      for (const event of events.slice(fromRevision)) {
        const data =
          event.streamRevision === BigInt(fromRevision) ? { note: 'a different fact' } : event.data;
        const sealed = sealEvent({ ...event, event: { ...event, data }, previousHash });
        await client.query(
          `UPDATE concordat_events SET data = $1, previous_hash = $2, hash = $3, canonical = $4
            WHERE event_id = $5`,
          [data, previousHash, sealed.hash, sealed.canonical, event.id],
        );
        previousHash = sealed.hash;
      }
    });
  }
});
