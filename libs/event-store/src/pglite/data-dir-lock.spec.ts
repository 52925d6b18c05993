import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataDir } from './data-dir-lock';

describe('the embedded store lock', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'concordat-lock-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a directory another live process holds', async () => {
    await writeFile(join(dir, 'concordat.lock'), String(process.ppid));
    await expect(lockDataDir(dir)).rejects.toThrow(`is open in process ${process.ppid}`);
  });

  it('takes over the lock of a process that has died, and releases it', async () => {
    await writeFile(join(dir, 'concordat.lock'), '2147483646');
    const release = await lockDataDir(dir);
    expect(await readFile(join(dir, 'concordat.lock'), 'utf8')).toBe(String(process.pid));
    await release();
    await expect(readFile(join(dir, 'concordat.lock'), 'utf8')).rejects.toThrow();
  });
});
