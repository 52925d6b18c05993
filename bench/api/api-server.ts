/** The API in a process of its own, configured from the environment, for the HTTP figures. */
import 'reflect-metadata';
import { loadConfig } from '@concordat/config';
import { startApi } from '../../apps/api/src/start-api';

async function main(): Promise<void> {
  const app = await startApi(loadConfig(), { host: '127.0.0.1', port: 0, quiet: true });
  console.info(`listening on ${await app.getUrl()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
