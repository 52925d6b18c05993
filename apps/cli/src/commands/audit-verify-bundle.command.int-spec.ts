import { access, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_FILES, type EvidenceManifest, type EvidenceProof } from '@concordat/audit';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '@concordat/event-store/testing/postgres-test-database';
import { type SignedCheckpoint, signCheckpoint } from '@concordat/integrity';
import { runCli } from '../testing/run-cli';
import { EvidenceBundleProblemsFound } from './audit-verify-bundle.command';
import { generateKeys, type SigningKeys } from './testing/audited-log';
import {
  copyBundle,
  DEMO_PARTNERSHIP,
  demoLogWithCheckpoint,
  eventLines,
  readEvents,
  readJson,
  rehashManifest,
  removeEvents,
  writeEventLines,
  writeJson,
} from './testing/evidence-bundle';

const SIGNATURE_MISMATCH = 'manifest.json: signature does not match the manifest';

/**
 * The demo partnership's bundle is exported once from PostgreSQL; each case tampers with a copy
 * and verifies it with a DATABASE_URL that points nowhere, so any attempt to open a store fails.
 */
describe('concordat audit verify --bundle, offline', () => {
  let directory: string;
  let keys: SigningKeys;
  let stranger: SigningKeys;
  let pristine: string;
  let bundle: string;
  let copies = 0;
  let offline: Record<string, string>;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'concordat-evidence-'));
    keys = await generateKeys(join(directory, 'genuine'));
    stranger = await generateKeys(join(directory, 'stranger'));
    offline = {
      DATABASE_URL: 'postgres://127.0.0.1:1/none',
      CONCORDAT_DATA_DIR: join(directory, 'no-store-here'),
    };
    const database: TestDatabase = await createPostgresTestDatabase();
    try {
      const env = { DATABASE_URL: database.url, ...keys.env };
      await demoLogWithCheckpoint(env);
      pristine = join(directory, 'pristine');
      await runCli(
        ['audit', 'export', '--partnership', DEMO_PARTNERSHIP, '--out', pristine, '--quiet'],
        env,
      );
    } finally {
      await database.drop();
    }
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));
  beforeEach(async () => {
    bundle = await copyBundle(pristine, join(directory, `copy-${(copies += 1)}`));
  });

  const verify = (...options: string[]) =>
    runCli(['audit', 'verify', '--bundle', bundle, ...options], offline);

  /** The problems named, one per line, after checking that verifying failed. */
  async function problemsFound(...options: string[]): Promise<string[]> {
    const failure = await verify(...options).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(EvidenceBundleProblemsFound);
    const [, ...lines] = (failure as EvidenceBundleProblemsFound).message.split('\n');
    return lines.map((line) => line.replace(/^ {2}- /, ''));
  }

  const manifestOf = () => readJson<EvidenceManifest>(bundle, BUNDLE_FILES.manifest);
  const at = (line: number, event: { streamId: string; streamRevision: string }) =>
    `line ${line} (stream ${event.streamId} revision ${event.streamRevision})`;

  it('verifies an untouched bundle clean, with a summary, and opens no store', async () => {
    const events = await readEvents(bundle);
    const streams = new Set(events.map((event) => event.streamId)).size;
    const { treeSize, rootHash } = await manifestOf();

    const printed = await verify();

    expect(printed).toEqual([
      `bundle of partnership ${DEMO_PARTNERSHIP}: ${events.length} events in ${streams} streams`,
      expect.stringMatching(
        new RegExp(
          `^${events.length} of ${events.length} inclusion proofs verified against the ` +
            `checkpoint of tree size ${treeSize}, root ${rootHash}, issued at \\d{4}-.*Z$`,
        ),
      ),
      `signatures of the manifest and checkpoints checked with the bundled key ${keys.keyId}; ` +
        'pass --public-key FILE to check that it is the key you trust',
      'no problems found',
    ]);
    expect(await verify('--public-key', keys.publicKeyFile)).toEqual([
      ...printed.slice(0, 2),
      `signatures of the manifest and checkpoints checked with the key given with --public-key, ${keys.keyId}`,
      'no problems found',
    ]);
    await expect(access(offline.CONCORDAT_DATA_DIR!)).rejects.toThrow('ENOENT');
    // Whereas checking the log itself, in the same surroundings, reaches for the database.
    await expect(
      runCli(['audit', 'verify', '--quiet'], { ...offline, ...keys.env }),
    ).rejects.toThrow('ECONNREFUSED');
  });

  it('names the line of an event whose data had a byte changed', async () => {
    const events = await readEvents(bundle);
    const index = events.findIndex((event) => event.streamId === `partnership-${DEMO_PARTNERSHIP}`);
    const event = events[index]!;
    const lines = await eventLines(bundle);
    const value = lines[index]!.indexOf('":"', lines[index]!.indexOf('"data":{')) + 3;
    const byte = lines[index]![value] === 'x' ? 'y' : 'x';
    lines[index] = lines[index]!.slice(0, value) + byte + lines[index]!.slice(value + 1);
    await writeEventLines(bundle, lines);

    expect(await problemsFound()).toEqual([
      expect.stringMatching(
        /^events\.jsonl: its SHA-256 is [0-9a-f]{64}, not the [0-9a-f]{64} manifest\.json lists: one of them was changed$/,
      ),
      `events.jsonl ${at(index + 1, event)}: stored fields differ from the text that was hashed`,
    ]);
  });

  it('names a deleted line by the chain it breaks and the proof left without its event', async () => {
    const events = await readEvents(bundle);
    const victim = events.findIndex(
      (event) => event.streamId.startsWith('commitment-') && event.streamRevision === '1',
    );
    const { streamId, leafIndex } = events[victim]!;
    const next = events.findIndex((e) => e.streamId === streamId && e.streamRevision === '2');
    const lines = await eventLines(bundle);
    lines.splice(victim, 1);
    await writeEventLines(bundle, lines);
    await rehashManifest(bundle);

    const following = at(next, events[next]!); // one line up now
    expect(await problemsFound()).toEqual([
      SIGNATURE_MISMATCH,
      `manifest.json: says ${events.length} events, but events.jsonl has ${events.length - 1} lines`,
      `events.jsonl ${following}: expected revision 1, found 2`,
      `events.jsonl ${following}: previous hash does not match the chain`,
      `proofs.json proof ${victim + 1} (stream ${streamId} revision 1, leaf ${leafIndex}): no line of events.jsonl has this leaf`,
    ]);
  });

  it('names by its signature a manifest rewritten after the end of a stream was cut off', async () => {
    const streamId = await aCommitmentStream();
    const head = (await manifestOf()).streams.find((stream) => stream.streamId === streamId)!;
    const fits = await removeEvents(
      bundle,
      (event) => event.streamId === streamId && event.streamRevision !== '0',
    );
    const events = await readEvents(bundle);
    const end = events.findIndex((event) => event.streamId === streamId); // revision 0, alone

    await rehashManifest(bundle, { events: fits.events });
    expect(await problemsFound()).toEqual([
      SIGNATURE_MISMATCH,
      `events.jsonl ${at(end + 1, events[end]!)}: the stream ends here, but manifest.json ` +
        `lists it up to revision ${head.lastRevision}: its later events were removed`,
    ]);
    await rehashManifest(bundle, fits);
    expect(await problemsFound()).toEqual([SIGNATURE_MISMATCH]);
    expect(await problemsFound('--public-key', keys.publicKeyFile)).toEqual([SIGNATURE_MISMATCH]);
  });

  it('names by its signature a manifest rewritten after a whole stream was taken out', async () => {
    const streamId = await aCommitmentStream();
    const head = (await manifestOf()).streams.find((stream) => stream.streamId === streamId)!;
    const fits = await removeEvents(bundle, (event) => event.streamId === streamId);

    await rehashManifest(bundle, { events: fits.events });
    expect(await problemsFound()).toEqual([
      SIGNATURE_MISMATCH,
      `events.jsonl stream ${streamId}: manifest.json lists it up to revision ` +
        `${head.lastRevision}, but no line holds an event of it: the stream was removed`,
    ]);
    await rehashManifest(bundle, fits);
    expect(await problemsFound()).toEqual([SIGNATURE_MISMATCH]);
  });

  it('names a manifest signed again with another key, whatever key it is checked with', async () => {
    await rehashManifest(bundle, {}, await readFile(stranger.privateKeyFile, 'utf8'));

    expect(await problemsFound()).toEqual([SIGNATURE_MISMATCH]);
    expect(await problemsFound('--public-key', keys.publicKeyFile)).toEqual([SIGNATURE_MISMATCH]);
  });

  it('names two lines of different streams that were swapped, which no chain can see', async () => {
    const events = await readEvents(bundle);
    const first = events.findIndex(
      (event, index) => event.streamId !== events[index + 1]?.streamId,
    );
    const [earlier, later] = [events[first]!, events[first + 1]!];
    const lines = await eventLines(bundle);
    [lines[first], lines[first + 1]] = [lines[first + 1]!, lines[first]!];
    await writeEventLines(bundle, lines);
    await rehashManifest(bundle);

    expect(await problemsFound()).toEqual([
      SIGNATURE_MISMATCH,
      `events.jsonl ${at(first + 2, earlier)}: leaf ${earlier.leafIndex} at position ` +
        `${earlier.globalPosition} does not come after line ${first + 1}'s leaf ` +
        `${later.leafIndex} at position ${later.globalPosition}: the lines are out of the log's order`,
    ]);
  });

  it('names a proof with a changed element', async () => {
    const proofs = await readJson<EvidenceProof[]>(bundle, BUNDLE_FILES.proofs);
    const proof = proofs[9]!;
    const element = proof.auditPath[2]!;
    proofs[9] = {
      ...proof,
      auditPath: proof.auditPath.map((hash, index) =>
        index === 2 ? `${element.slice(0, -1)}${element.endsWith('0') ? '1' : '0'}` : hash,
      ),
    };
    await writeJson(bundle, BUNDLE_FILES.proofs, proofs);
    await rehashManifest(bundle);

    expect(await problemsFound()).toEqual([
      SIGNATURE_MISMATCH,
      `proofs.json proof 10 (stream ${proof.streamId} revision ${proof.streamRevision}, leaf ` +
        `${proof.leafIndex}): the audit path does not lead from the leaf of line 10's event to ` +
        `the root the checkpoint of tree size ${proof.treeSize} signed`,
    ]);
  });

  it('names a checkpoint and a manifest signed again with another key', async () => {
    await forgeCheckpoint();

    expect(await problemsFound()).toEqual([
      `manifest.json: signed by key ${stranger.keyId}, not by key ${keys.keyId}`,
      `checkpoints.json checkpoint of tree size ${(await manifestOf()).treeSize}: signed by key ` +
        `${stranger.keyId}, not by key ${keys.keyId}`,
    ]);
  });

  it('catches the attacker’s key put in the bundle, with a stream cut short, only when given the key to trust', async () => {
    const streamId = await aCommitmentStream();
    const fits = await removeEvents(bundle, (event) => event.streamId === streamId);
    await forgeCheckpoint(fits);
    await copyFile(stranger.publicKeyFile, join(bundle, BUNDLE_FILES.publicKey));
    await rehashManifest(bundle, {}, await readFile(stranger.privateKeyFile, 'utf8'));

    expect((await verify()).slice(-2)).toEqual([
      `signatures of the manifest and checkpoints checked with the bundled key ${stranger.keyId}; ` +
        'pass --public-key FILE to check that it is the key you trust',
      'no problems found',
    ]);
    expect(await problemsFound('--public-key', keys.publicKeyFile)).toEqual([
      `manifest.json: signed by key ${stranger.keyId}, not by key ${keys.keyId}`,
      `checkpoints.json checkpoint of tree size ${(await manifestOf()).treeSize}: signed by key ` +
        `${stranger.keyId}, not by key ${keys.keyId}`,
      `public-key.pem: is key ${stranger.keyId}, not the expected key ${keys.keyId}`,
    ]);
  });

  it('names a changed manifest', async () => {
    const manifest = await manifestOf();
    await writeJson(bundle, BUNDLE_FILES.manifest, {
      ...manifest,
      events: manifest.events + 1,
      sha256: { ...manifest.sha256, [BUNDLE_FILES.proofs]: '0'.repeat(64) },
    });

    expect(await problemsFound()).toEqual([
      SIGNATURE_MISMATCH,
      `manifest.json: says ${manifest.events + 1} events, but events.jsonl has ${manifest.events} lines`,
      `proofs.json: its SHA-256 is ${manifest.sha256[BUNDLE_FILES.proofs]}, not the ${'0'.repeat(64)} manifest.json lists: one of them was changed`,
    ]);
  });

  it('takes --public-key only with --bundle, and a bundle only from a directory', async () => {
    await expect(
      runCli(['audit', 'verify', '--public-key', keys.publicKeyFile], offline),
    ).rejects.toThrow('--public-key goes with --bundle');
    await expect(
      runCli(['audit', 'verify', '--bundle', join(directory, 'nothing')], offline),
    ).rejects.toThrow('is not a directory');
  });

  /**
   * Signs the bundle's checkpoint and its manifest, with `change`, again with the stranger's key,
   * as a forger without ours would.
   */
  async function forgeCheckpoint(change: Partial<EvidenceManifest> = {}): Promise<void> {
    const strangerKeyPem = await readFile(stranger.privateKeyFile, 'utf8');
    const [genuine] = await readJson<SignedCheckpoint[]>(bundle, BUNDLE_FILES.checkpoints);
    const { treeSize, rootHash, issuedAt } = genuine!;
    const forged = signCheckpoint({ treeSize, rootHash, issuedAt }, strangerKeyPem);
    await writeJson(bundle, BUNDLE_FILES.checkpoints, [forged]);
    await rehashManifest(bundle, { ...change, keyId: stranger.keyId }, strangerKeyPem);
  }

  /** A commitment's stream of more than two events: its events name only the partnership. */
  async function aCommitmentStream(): Promise<string> {
    const { streams } = await manifestOf();
    return streams.find(
      ({ streamId, lastRevision }) =>
        streamId.startsWith('commitment-') && Number(lastRevision) > 1,
    )!.streamId;
  }
});
