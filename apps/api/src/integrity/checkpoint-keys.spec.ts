import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKeyPair } from '@concordat/integrity';
import { DEVELOPMENT_SIGNING_KEY_FILE, loadCheckpointKeys } from './checkpoint-keys';

const NONE = { keyFile: undefined, publicKeyFile: undefined, intervalMs: 60_000 };

describe('the checkpoint keys of the API', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concordat-checkpoint-keys-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('signs nothing when no key is configured outside the demo', async () => {
    await expect(loadCheckpointKeys(NONE)).resolves.toEqual({
      privateKeyPem: undefined,
      published: undefined,
    });
  });

  it('gives the demo a key of its own, kept in its data directory from one start to the next', async () => {
    const first = await loadCheckpointKeys(NONE, dataDir);
    const second = await loadCheckpointKeys(NONE, dataDir);

    expect(first.privateKeyPem).toMatch(/BEGIN PRIVATE KEY/);
    expect(second).toEqual(first);
    expect(first.published?.keyId).toMatch(/\S/);
    const kept = await stat(join(dataDir, DEVELOPMENT_SIGNING_KEY_FILE));
    expect(kept.mode & 0o777).toBe(0o600);
  });

  it('signs with a configured key on the demo too, and keeps none of its own then', async () => {
    const key = generateSigningKeyPair();
    const keyFile = join(dataDir, 'configured.key');
    await writeFile(keyFile, key.privateKeyPem);

    const keys = await loadCheckpointKeys({ ...NONE, keyFile }, dataDir);

    expect(keys.privateKeyPem).toBe(key.privateKeyPem);
    expect(keys.published?.keyId).toBe(key.keyId);
    expect(await readdir(dataDir)).toEqual(['configured.key']);
  });

  it('makes no key of its own when only a public key is configured: that server verifies only', async () => {
    const key = generateSigningKeyPair();
    const publicKeyFile = join(dataDir, 'configured.pub');
    await writeFile(publicKeyFile, key.publicKeyPem);

    const keys = await loadCheckpointKeys({ ...NONE, publicKeyFile }, dataDir);

    expect(keys).toEqual({
      privateKeyPem: undefined,
      published: { publicKeyPem: key.publicKeyPem, keyId: key.keyId },
    });
  });
});
