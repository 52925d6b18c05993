import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webApp = fileURLToPath(new URL('.', import.meta.url));
const repositoryRoot = join(webApp, '..', '..');

/**
 * The board's web app. Vite transforms TSX itself (oxc) with React's automatic runtime; the
 * access rules come from the same library the API enforces them with.
 */
export default defineConfig({
  root: webApp,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: {
      '@concordat/access-control': join(repositoryRoot, 'libs', 'access-control', 'src'),
    },
  },
  build: {
    outDir: join(repositoryRoot, 'dist', 'web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
