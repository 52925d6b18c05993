import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@concordat/config';
import { startApi } from '../start-api';

/**
 * The API serves the built web app at `/`, beside GraphQL; the demo tokens the app's sign-in
 * offers exist only on the embedded demo (the browser tests in apps/web/e2e cover that side).
 */
describe('the web app, served by the API off the demo', () => {
  let directory: string;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'concordat-web-serving-'));
    const webAppRoot = join(directory, 'web');
    await mkdir(webAppRoot);
    await writeFile(join(webAppRoot, 'index.html'), '<!doctype html><title>Concordat</title>');
    const config = loadConfig({
      CONCORDAT_DATA_DIR: join(directory, 'data'),
      CONCORDAT_DEMO: 'off',
    });
    app = await startApi(config, { host: '127.0.0.1', port: 0, quiet: true, webAppRoot });
    url = await app.getUrl();
  }, 120_000);

  afterAll(async () => {
    await app.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('answers / with the built index page', async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    await expect(response.text()).resolves.toContain('<title>Concordat</title>');
  });

  it('still answers GraphQL', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { eventStoreAdapter } }' }),
    });
    await expect(response.json()).resolves.toEqual({
      data: { serverInfo: { eventStoreAdapter: 'pglite' } },
    });
  });

  it('offers no demo tokens where the demo is off', async () => {
    const response = await fetch(`${url}/demo/tokens`);
    expect(response.status).toBe(404);
  });
});
