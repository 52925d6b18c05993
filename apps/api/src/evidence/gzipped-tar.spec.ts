import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzippedTar } from './gzipped-tar';

const run = promisify(execFile);

describe('a gzipped tar archive', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'concordat-tar-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('unpacks with the system tar into one directory, every file byte for byte', async () => {
    const files = [
      { name: 'empty.txt', content: '' },
      { name: 'one-block.txt', content: 'x'.repeat(512) },
      { name: 'events.jsonl', content: '{"text":"Kirkwall – Stromness"}\n'.repeat(40) },
    ];
    const archive = join(directory, 'bundle.tar.gz');
    await writeFile(
      archive,
      gzippedTar('evidence-orkney-cpp', files, new Date('2012-03-31T12:00:00Z')),
    );

    const { stdout } = await run('tar', ['-tvzf', archive]);
    await run('tar', ['-xzf', archive, '-C', directory]);

    expect(stdout).toMatch(/^-rw-r--r-- .* 2012-03-31 .*evidence-orkney-cpp\/empty\.txt$/m);
    for (const { name, content } of files) {
      await expect(readFile(join(directory, 'evidence-orkney-cpp', name), 'utf8')).resolves.toBe(
        content,
      );
    }
  });

  it('refuses a name the header cannot hold rather than cutting it short', () => {
    const file = { name: 'manifest.json', content: '{}' };
    expect(() => gzippedTar('d'.repeat(156), [file], new Date())).toThrow(/up to 155 ASCII/);
    expect(() => gzippedTar('évidence', [file], new Date())).toThrow(/ASCII/);
  });
});
