import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '@concordat/event-store/testing/postgres-test-database';
import { Client } from 'pg';
import { runCli } from '../testing/run-cli';

const AGREEMENT = 'soa-orkney-2008-11';

/** What the 2009-10 report of the demo names: its outcomes, indicators, parties, decisions. */
const OF_2009 = [
  'lo-isles-economy',
  'A growing isles economy with more and better local jobs',
  'lo-warm-homes',
  'ind-successful-quits',
  'Accidental dwelling fires',
  'Orkney Islands Council',
  'NHS Orkney',
  'Voluntary Action Orkney',
  'c-council-isles-service-points',
  'hold-joint-working-to-account',
  'revise-joint-working',
  'approve-warm-homes-amendment',
  'accept-warm-homes',
  'isles-roadshow-2009',
];

/** Decisions taken before the year began, and after it ended. */
const NOT_OF_2009 = ['accept-second-round', 'accept-annual-report-2009-10'];

describe('concordat report annual, on PostgreSQL with the demo story', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let directory: string;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    env = { DATABASE_URL: database.url };
    directory = await mkdtemp(join(tmpdir(), 'concordat-report-'));
    await runCli(['seed', 'demo'], env);
  }, 120_000);

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
    await database.drop();
  });

  const report = (year: number, asKnownAt: string, ...more: string[]) =>
    runCli(
      [
        'report',
        'annual',
        '--agreement',
        AGREEMENT,
        '--year',
        String(year),
        '--as-known-at',
        asKnownAt,
        ...more,
      ],
      env,
    );

  /** The report in Markdown, as printed. */
  const markdown = async (year: number, asKnownAt: string) =>
    (await report(year, asKnownAt)).join('\n');

  it.each(['md', 'html', 'csv'])(
    'writes byte-identical %s files on two runs, naming what the year holds',
    async (format) => {
      const files = [join(directory, `first.${format}`), join(directory, `second.${format}`)];
      const printed = [];
      for (const file of files) {
        printed.push(...(await report(2009, '2010-06-30', '--format', format, '--out', file)));
      }
      const [first, second] = await Promise.all(files.map((file) => readFile(file)));

      expect(second!.equals(first!)).toBe(true);
      expect(printed).toEqual(
        files.map(
          (file) => `wrote the 2009-10 report of ${AGREEMENT}, as known at 2010-06-30, to ${file}`,
        ),
      );
      const text = first!.toString('utf8');
      for (const named of OF_2009) expect(text).toContain(named);
      for (const other of NOT_OF_2009) expect(text).not.toContain(other);
    },
  );

  it('holds what was known at the end of the day asked, and nothing recorded or published later', async () => {
    const quits = (text: string) =>
      text.split('\n').find((row) => row.includes('ind-successful-quits'));

    const beforeTheAmendment = await markdown(2009, '2009-12-01');
    expect(beforeTheAmendment).not.toContain('lo-warm-homes');
    expect(beforeTheAmendment).toContain('revise-joint-working');
    expect(beforeTheAmendment).not.toContain('approve-warm-homes-amendment');

    // The 2009-10 count of quits was published on 2010-06-15.
    expect(quits(await markdown(2009, '2010-06-14'))).toContain('| 2008-09 | 142 | 2009-06-16 |');
    expect(quits(await markdown(2009, '2010-06-15'))).toContain('| 2009-10 | 168 | 2010-06-15 |');
  });

  it('gives each indicator the RAG and trend of the live read model, once everything is known', async () => {
    const rows = (await markdown(2010, '2030-01-01'))
      .split('\n')
      .filter((row) => row.includes('| ind-'))
      .map((row) => row.slice(2, -2).split(' | '));
    const reported = rows.map((cells) => [cells[2], cells[13], cells[14]]);

    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows: live } = await client.query<{ id: string; rag: string; trend: string }>(
        `SELECT indicator_id AS id, rag, trend FROM rm_agreements.indicators
          WHERE agreement_id = $1 ORDER BY indicator_id`,
        [AGREEMENT],
      );
      expect(live).toHaveLength(11);
      expect([...reported].sort()).toEqual(live.map(({ id, rag, trend }) => [id, rag, trend]));
    } finally {
      await client.end();
    }
  });

  it('refuses an agreement not drafted by then, a year outside it and a date that is none', async () => {
    await expect(report(2007, '2008-01-31')).rejects.toThrow(
      `agreement ${AGREEMENT} had not been drafted by the end of 2008-01-31`,
    );
    await expect(report(2011, '2012-06-30')).rejects.toThrow(
      'the agreement runs from 2008-04-01 to 2011-03-31: reporting year 2011-12 lies outside it',
    );
    await expect(report(2009, '2010-06-31')).rejects.toThrow(
      'asKnownAt must be a calendar date (YYYY-MM-DD), not 2010-06-31',
    );
  });
});
