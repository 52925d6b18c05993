import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const REPOSITORY_ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * Builds the web app with Vite into `outDir`, as `npm run build:web` does, so the tests need no
 * earlier build. Vite runs in its own process: it is an ES module, and Jest's module system is not.
 */
export async function buildWebApp(outDir: string): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [
      join(REPOSITORY_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      join(REPOSITORY_ROOT, 'apps', 'web', 'vite.config.mts'),
      '--outDir',
      outDir,
      '--logLevel',
      'error',
    ],
    { cwd: REPOSITORY_ROOT },
  );
}
