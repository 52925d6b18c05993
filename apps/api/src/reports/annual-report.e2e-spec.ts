import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONCORDAT_CONFIG, DemoSeeder } from '@concordat/application';
import type { ConcordatConfig } from '@concordat/config';
import { orkneyDemo } from '@concordat/demo-data';
import { AGREEMENT_ID, PARTNERSHIP_ID } from '@concordat/demo-data/orkney/ids';
import { runCli } from '../../../cli/src/testing/run-cli';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, untilProjectionsCaughtUp, type RequestOptions } from '../testing/graphql-client';
import { testToken } from '../testing/test-tokens';

const ANNUAL_REPORT = `
  query ($agreementId: String!, $year: Int!, $asKnownAt: String!, $format: ReportFormat!) {
    annualReport(agreementId: $agreementId, year: $year, asKnownAt: $asKnownAt, format: $format)
  }`;

const FORMATS = [
  ['MARKDOWN', 'md'],
  ['HTML', 'html'],
  ['CSV', 'csv'],
] as const;

describe('annualReport over HTTP on PostgreSQL, with the demo story', () => {
  const [, start] = apiBackends[0]!;
  let api: RunningApi;
  let directory: string;
  let cliEnv: Record<string, string>;

  beforeAll(async () => {
    api = await start();
    await api.app.get(DemoSeeder).seed(orkneyDemo());
    await untilProjectionsCaughtUp(api.url);
    const { databaseUrl } = api.app.get<ConcordatConfig>(CONCORDAT_CONFIG);
    cliEnv = { DATABASE_URL: databaseUrl! };
    directory = await mkdtemp(join(tmpdir(), 'concordat-annual-report-'));
  }, 120_000);

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
    await api.stop();
  });

  const ask = (variables: Record<string, unknown>, options?: RequestOptions) =>
    graphql<{ annualReport: string }>(
      api.url,
      ANNUAL_REPORT,
      {
        agreementId: AGREEMENT_ID,
        year: 2009,
        asKnownAt: '2010-06-30',
        format: 'MARKDOWN',
        ...variables,
      },
      options,
    );

  const codeOf = async (variables: Record<string, unknown>, options?: RequestOptions) =>
    (await ask(variables, options)).errors?.[0]?.extensions?.['code'];

  it.each(FORMATS)('answers in %s exactly what the command line writes', async (format, flag) => {
    const file = join(directory, `report.${flag}`);
    await runCli(
      [
        'report',
        'annual',
        '--agreement',
        AGREEMENT_ID,
        '--year',
        '2009',
        '--as-known-at',
        '2010-06-30',
        '--format',
        flag,
        '--out',
        file,
      ],
      cliEnv,
    );

    const { data, errors } = await ask({ format });

    expect(errors).toBeUndefined();
    expect(data?.annualReport).toBe(await readFile(file, 'utf8'));
  });

  it('lets a member of the partnership and the auditor read it', async () => {
    const member = await testToken('user:member', [
      { role: 'board-member', partnershipId: PARTNERSHIP_ID },
    ]);
    const auditor = await testToken('user:auditor', [{ role: 'auditor' }]);
    const { data } = await ask({});

    for (const token of [member, auditor]) {
      expect(await ask({}, { token })).toEqual({ data });
    }
  });

  it('answers NOT_FOUND outside the caller’s partnerships, word for word as for no agreement', async () => {
    const elsewhere = await testToken('user:elsewhere', [
      { role: 'board-chair', partnershipId: 'shetland-cpp' },
    ]);
    const outside = await ask({}, { token: elsewhere });
    const missing = await ask({ agreementId: 'soa-nowhere' });

    expect(outside.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(outside.errors?.[0]?.message).toBe(`agreement ${AGREEMENT_ID} was not found`);
    expect(missing.errors?.[0]?.message).toBe('agreement soa-nowhere was not found');
    expect(await codeOf({ asKnownAt: '2008-01-31' })).toBe('NOT_FOUND');
  });

  it('refuses a year outside the agreement, and a date that is none', async () => {
    expect(await codeOf({ year: 2012 })).toBe('VALIDATION_FAILED');
    expect(await codeOf({ asKnownAt: '30/06/2010' })).toBe('VALIDATION_FAILED');
    expect(await codeOf({ asKnownAt: '2010-02-30' })).toBe('VALIDATION_FAILED');
  });

  it('is not for the public', async () => {
    expect(await codeOf({}, { token: null })).toBe('UNAUTHENTICATED');
  });
});
