import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyIdOf } from '@concordat/integrity';
import { runCli } from '../testing/run-cli';

describe('concordat keys generate', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'concordat-keys-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('writes an Ed25519 key pair, the private key readable by its owner only', async () => {
    const out = join(directory, 'new');
    const privateFile = join(out, 'checkpoint-signing.key');
    const publicFile = join(out, 'checkpoint-signing.pub');

    const lines = await runCli(['keys', 'generate', '--out', out], {});

    const keyId = keyIdOf(await readFile(publicFile, 'utf8'));
    expect(keyIdOf(await readFile(privateFile, 'utf8'))).toBe(keyId);
    expect((await stat(privateFile)).mode & 0o777).toBe(0o600);
    expect(lines).toEqual([
      `key id ${keyId}`,
      `private key: ${privateFile} (keep it secret; only its owner can read it)`,
      `public key: ${publicFile} (give it to auditors)`,
      'set, for concordat audit checkpoint, audit verify and audit export:',
      `  CONCORDAT_SIGNING_KEY_FILE=${privateFile}`,
      `  CONCORDAT_SIGNING_PUBLIC_KEY_FILE=${publicFile}`,
    ]);
  });

  it('never overwrites a key', async () => {
    await runCli(['keys', 'generate', '--out', directory], {});
    const before = await readFile(join(directory, 'checkpoint-signing.key'), 'utf8');

    await expect(runCli(['keys', 'generate', '--out', directory], {})).rejects.toThrow(
      /checkpoint-signing.key exists; a key is never overwritten/,
    );
    expect(await readFile(join(directory, 'checkpoint-signing.key'), 'utf8')).toBe(before);
  });
});
