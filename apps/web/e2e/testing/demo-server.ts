import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@concordat/config';
import { startApi } from '../../../api/src/start-api';
import { buildWebApp } from './build-web-app';

export interface DemoServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * A newcomer's `npm start`, in a temporary directory: the web app freshly built, the API on the
 * embedded store with the Orkney demo loaded, serving the app at `/`.
 */
export async function startDemoServer(): Promise<DemoServer> {
  const directory = await mkdtemp(join(tmpdir(), 'concordat-web-'));
  const webAppRoot = join(directory, 'web');
  await buildWebApp(webAppRoot);
  const config = loadConfig({
    CONCORDAT_DATA_DIR: join(directory, 'data'),
    CONCORDAT_DEMO: 'auto',
    // The demo signs with its own key; every second here rather than every minute, for the download.
    CONCORDAT_CHECKPOINT_INTERVAL_MS: '1000',
  });
  const removeDirectory = () => rm(directory, { recursive: true, force: true });
  const app = await startApi(config, { host: '127.0.0.1', port: 0, quiet: true, webAppRoot }).catch(
    async (error: unknown) => {
      await removeDirectory();
      throw error;
    },
  );
  return {
    url: await app.getUrl(),
    stop: async () => {
      await app.close();
      await removeDirectory();
    },
  };
}
