import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@concordat/config';
import { startApi } from '../start-api';
import { graphql, untilProjectionsCaughtUp, useDefaultToken } from '../testing/graphql-client';
import { TEST_JWT_SECRET, testToken } from '../testing/test-tokens';

interface AuditPage {
  auditLog: {
    edges: {
      cursor: string;
      node: { globalPosition: string; partnershipId: string | null; actor: string };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PAGE = `query Page($first: Int, $after: String, $partnershipId: String) {
  auditLog(first: $first, after: $after, partnershipId: $partnershipId) {
    edges { cursor node { globalPosition partnershipId actor } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('the audit log over GraphQL, on the embedded store with the demo story', () => {
  let app: INestApplication;
  let url: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concordat-audit-'));
    const config = loadConfig({
      CONCORDAT_DATA_DIR: dataDir,
      CONCORDAT_JWT_SECRET: TEST_JWT_SECRET,
    });
    app = await startApi(config, { host: '127.0.0.1', port: 0, quiet: true });
    url = await app.getUrl();
    // The audit trail is for members: an auditor reads every partnership's.
    useDefaultToken(url, await testToken('user:auditor', [{ role: 'auditor' }]));
    await untilProjectionsCaughtUp(url);
  }, 60_000);

  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('pages through a partnership trail in log order without skipping or repeating', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const result: { data?: AuditPage } = await graphql<AuditPage>(url, PAGE, {
        first: 7,
        after,
        partnershipId: 'orkney-cpp',
      });
      const connection = result.data?.auditLog;
      expect(connection?.edges).toHaveLength(7);
      expect(connection?.pageInfo.hasNextPage).toBe(true);
      seen.push(...(connection?.edges.map((edge) => edge.node.globalPosition) ?? []));
      expect(connection?.edges.every((edge) => edge.node.partnershipId === 'orkney-cpp')).toBe(
        true,
      );
      after = connection?.pageInfo.endCursor ?? null;
    }
    const positions = seen.map(BigInt);
    expect(new Set(seen).size).toBe(21);
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it.each([
    ['a page larger than 100', { first: 101 }],
    ['a cursor it never gave out', { first: 5, after: 'garbage' }],
  ])('refuses %s with VALIDATION_FAILED', async (_name, variables) => {
    const result = await graphql(url, PAGE, variables);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });

  it('reports each projection with its position and lag', async () => {
    const result = await graphql<{ projections: { name: string; behind: number }[] }>(
      url,
      '{ projections { name behind } }',
    );
    expect(result.data?.projections).toContainEqual({ name: 'audit-log', behind: 0 });
  });
});
