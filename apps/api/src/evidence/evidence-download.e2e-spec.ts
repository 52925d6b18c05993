import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Grant } from '@concordat/access-control';
import { verifyEvidenceBundle } from '@concordat/audit';
import { readBundleDirectory } from '../../../cli/src/commands/evidence-bundle-directory';
import { partnershipWithRecords } from '../access/testing/partnership-with-records';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, untilProjectionsCaughtUp } from '../testing/graphql-client';
import { signingKeyFiles, type SigningKeyFiles } from '../testing/signing-key-files';
import { testToken } from '../testing/test-tokens';

const run = promisify(execFile);
const [, startOnPostgres] = apiBackends[0]!;
const SIGN = 'mutation { signCheckpoint { checkpoint { treeSize } } }';

interface Download {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Buffer;
}

/**
 * `GET /evidence/<partnershipId>.tar.gz` over real HTTP on PostgreSQL: the archive unpacks into
 * a bundle that verifies offline against the server's key, for auditors and platform
 * administrators only, with the API's error codes for everyone else.
 */
describe('downloading an evidence bundle over HTTP', () => {
  let api: RunningApi;
  let keys: SigningKeyFiles;
  let directory: string;
  const token = (actor: string, grant: Grant) => testToken(actor, [grant]);

  async function download(partnershipId: string, bearer: string | null): Promise<Download> {
    const response = await fetch(`${api.url}/evidence/${partnershipId}.tar.gz`, {
      headers: bearer === null ? {} : { authorization: `Bearer ${bearer}` },
    });
    return {
      status: response.status,
      headers: response.headers,
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  const refusal = ({ status, body }: Download) => {
    const { errors } = JSON.parse(body.toString('utf8')) as {
      errors: { extensions: { code: string } }[];
    };
    return `${status} ${errors[0]?.extensions.code}`;
  };

  beforeAll(async () => {
    keys = await signingKeyFiles();
    directory = await mkdtemp(join(tmpdir(), 'concordat-evidence-download-'));
    api = await startOnPostgres(keys.env);
    await partnershipWithRecords(api.url, 'north');
    await partnershipWithRecords(api.url, 'south');
    await untilProjectionsCaughtUp(api.url);
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await keys?.remove();
    await rm(directory, { recursive: true, force: true });
  });

  it('refuses while no checkpoint has been signed, saying why', async () => {
    const auditor = await token('user:auditor', { role: 'auditor' });

    const refused = await download('north-cpp', auditor);

    expect(refusal(refused)).toBe('409 RULE_VIOLATED');
    expect(refused.body.toString('utf8')).toMatch(/no checkpoint to prove the events against/);
  });

  it("gives the auditor the partnership's bundle, which unpacks and verifies with the server's key", async () => {
    expect((await graphql(api.url, SIGN)).errors).toBeUndefined();
    const auditor = await token('user:auditor', { role: 'auditor' });

    const archive = await download('north-cpp', auditor);

    expect(archive.status).toBe(200);
    expect(archive.headers.get('content-type')).toMatch(/^application\/gzip/);
    expect(archive.headers.get('content-disposition')).toBe(
      'attachment; filename="evidence-north-cpp.tar.gz"',
    );
    const file = join(directory, 'north.tar.gz');
    await writeFile(file, archive.body);
    await run('tar', ['-xzf', file, '-C', directory]);
    const verification = verifyEvidenceBundle(
      await readBundleDirectory(join(directory, 'evidence-north-cpp')),
      { expectedPublicKeyPem: keys.key.publicKeyPem },
    );
    expect(verification).toMatchObject({
      partnershipId: 'north-cpp',
      keyExpected: true,
      problems: [],
    });
    expect(verification.events).toBeGreaterThan(5);
    expect(verification.proofsVerified).toBe(verification.events);
  });

  it('gives it to a platform administrator too', async () => {
    const admin = await token('user:admin', { role: 'platform-admin' });

    expect((await download('south-cpp', admin)).status).toBe(200);
  });

  it('asks a caller without a valid token to sign in', async () => {
    const anonymous = await download('north-cpp', null);
    const forged = await download('north-cpp', 'not.a.token');

    expect(refusal(anonymous)).toBe('401 UNAUTHENTICATED');
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(refusal(forged)).toBe('401 UNAUTHENTICATED');
  });

  it("refuses the partnership's own members and the public role: only auditors and administrators", async () => {
    const callers = await Promise.all([
      token('user:chair', { role: 'board-chair', partnershipId: 'north-cpp' }),
      token('user:officer', { role: 'partnership-officer', partnershipId: 'north-cpp' }),
      token('user:official', { role: 'government-official' }),
      token('user:citizen', { role: 'public' }),
    ]);

    const answers = await Promise.all(callers.map((caller) => download('north-cpp', caller)));

    expect(answers.map(refusal)).toEqual(Array(callers.length).fill('403 FORBIDDEN'));
  });

  it('answers a partnership that does not exist as not found', async () => {
    const auditor = await token('user:auditor', { role: 'auditor' });

    expect(refusal(await download('nowhere-cpp', auditor))).toBe('404 NOT_FOUND');
  });
});
