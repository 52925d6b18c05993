import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ROLES } from '@concordat/access-control';
import { loadConfig } from '@concordat/config';
import { issueToken, signingKey } from '@concordat/identity';
import { startApi } from '../start-api';
import { graphql } from '../testing/graphql-client';

/**
 * A newcomer's `npm start`: the embedded store, the demo story, no keys configured. The server
 * prints a token per role, and tokens the CLI issues from the same data directory work too.
 */
describe('demo tokens on the embedded demo', () => {
  let app: INestApplication;
  let url: string;
  let dataDir: string;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concordat-demo-tokens-'));
    const destination = {
      write: (line: string) => {
        const { msg } = JSON.parse(line) as { msg?: unknown };
        if (typeof msg !== 'string') return;
        const printed = /^demo token for ([a-z-]+): (\S+)$/.exec(msg);
        if (printed) tokens.set(printed[1]!, printed[2]!);
      },
    };
    const config = loadConfig({ CONCORDAT_DATA_DIR: dataDir, CONCORDAT_DEMO: 'auto' });
    app = await startApi(config, { host: '127.0.0.1', port: 0, logDestination: destination });
    url = await app.getUrl();
  }, 180_000);

  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints one token per role, each accepted by the server', async () => {
    expect([...tokens.keys()].sort()).toEqual([...ROLES].sort());
    for (const token of tokens.values()) {
      const answer = await graphql(url, '{ serverInfo { eventStoreAdapter } }', {}, { token });
      expect(answer.errors).toBeUndefined();
    }
  });

  it("lets the board member's token read the demo partnership", async () => {
    const answer = await graphql<{ partnership: { name: string } }>(
      url,
      '{ partnership(id: "orkney-cpp") { name } }',
      {},
      { token: tokens.get('board-member') },
    );
    expect(answer.data?.partnership.name).toMatch(/Orkney/);
  });

  it('accepts a token issued from the same data directory, as `concordat token issue` does', async () => {
    const config = loadConfig({ CONCORDAT_DATA_DIR: dataDir });
    const token = await issueToken(
      { actor: 'user:newcomer', grants: [{ role: 'auditor' }], expiresIn: '1h' },
      await signingKey(config),
      config.auth,
    );
    const answer = await graphql(url, '{ serverInfo { eventStoreAdapter } }', {}, { token });
    expect(answer.errors).toBeUndefined();
  });
});
