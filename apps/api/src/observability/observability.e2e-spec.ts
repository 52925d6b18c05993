import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@concordat/config';
import { startApi } from '../start-api';
import { graphql, useDefaultToken } from '../testing/graphql-client';
import {
  EVERY_WRITING_ROLE,
  TEST_JWT_SECRET,
  TEST_OPERATOR,
  testToken,
} from '../testing/test-tokens';

const ESTABLISH = `mutation { establishPartnership(input: {
  partnershipId: "shetland", name: "Shetland Partnership", councilArea: "Shetland Islands",
  quorum: { minimumMembersPresent: 2, chairMustAttend: false } }) { id readModelsCaughtUp } }`;

describe('logs and metrics', () => {
  let app: INestApplication;
  let url: string;
  let dataDir: string;
  let token: string;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concordat-observe-'));
    const destination = {
      write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>),
    };
    const env = {
      CONCORDAT_DATA_DIR: dataDir,
      CONCORDAT_DEMO: 'off',
      CONCORDAT_JWT_SECRET: TEST_JWT_SECRET,
    };
    app = await startApi(loadConfig(env), {
      host: '127.0.0.1',
      port: 0,
      logDestination: destination,
    });
    url = await app.getUrl();
    token = await testToken(TEST_OPERATOR, EVERY_WRITING_ROLE);
    useDefaultToken(url, token);
  }, 60_000);

  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('logs each request and the commands it caused as JSON, under the caller correlation id', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-correlation-id': 'board-paper-42',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: ESTABLISH }),
    });

    expect(response.headers.get('x-correlation-id')).toBe('board-paper-42');
    const ours = lines.filter((line) => line['correlationId'] === 'board-paper-42');
    expect(ours).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ msg: 'command applied', command: 'EstablishPartnership' }),
        expect.objectContaining({
          msg: 'request completed',
          res: expect.objectContaining({ statusCode: 200 }),
        }),
      ]),
    );
    const trail = await graphql<{ auditLog: { edges: { node: { correlationId: string } }[] } }>(
      url,
      '{ auditLog(first: 5, partnershipId: "shetland") { edges { node { correlationId } } } }',
    );
    expect(trail.data?.auditLog.edges[0]?.node.correlationId).toBe('board-paper-42');
  });

  it('serves request latency, appends and read-model lag at /metrics', async () => {
    const response = await fetch(`${url}/metrics`);
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(text).toMatch(/concordat_http_request_duration_seconds_bucket\{.*method="POST"/);
    expect(text).toMatch(/concordat_events_appended_total\{aggregate="Partnership"\} 1/);
    expect(text).toMatch(/concordat_projection_behind_events\{projection="commitments"\} \d+/);
  });
});
