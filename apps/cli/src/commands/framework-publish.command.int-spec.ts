import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { RuleViolation } from '@concordat/shared-kernel';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '@concordat/event-store/testing/postgres-test-database';
import { runCli } from '../testing/run-cli';

const framework = {
  frameworkVersionId: 'npf-test',
  label: 'Test framework',
  publishedOn: '2007-11-14',
  purpose: 'A more successful country, with opportunities for all to flourish.',
  strategicObjectives: [{ id: 'healthier', title: 'Healthier' }],
  nationalOutcomes: [
    { id: 'no-1', number: 1, title: 'We live longer, healthier lives' },
    { id: 'no-2', number: 2, title: 'Our public services improve' },
  ],
  nationalIndicators: [{ id: 'ni-1', title: 'Healthy life expectancy', outcomeIds: ['no-1'] }],
  localIndicatorMenu: [{ id: 'lm-1', title: 'Smoking prevalence', outcomeIds: ['no-1'] }],
};

describe('concordat framework publish', () => {
  let database: TestDatabase;
  let folder: string;

  beforeEach(async () => {
    database = await createPostgresTestDatabase();
    folder = await mkdtemp(join(tmpdir(), 'concordat-framework-'));
  });

  afterEach(async () => {
    await database.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it('publishes a YAML document once; publishing it again changes nothing', async () => {
    const file = join(folder, 'framework.yaml');
    await writeFile(file, stringify(framework));
    const env = { DATABASE_URL: database.url };

    const first = await runCli(['framework', 'publish', file, '--actor', 'user:gov.official'], env);
    const second = await runCli(['framework', 'publish', file], env);

    expect(first.at(-1)).toMatch(
      /^published framework version npf-test \(Test framework\): 2 national outcomes/,
    );
    expect(second.at(-1)).toBe('framework version npf-test was already published; nothing changed');
  });

  it('refuses a document with a bad field, naming it, and publishes nothing', async () => {
    const file = join(folder, 'framework.json');
    const broken = { ...framework, nationalOutcomes: [{ id: 'no-1', number: 1, title: '' }] };
    await writeFile(file, JSON.stringify(broken));

    const attempt = runCli(['framework', 'publish', file], { DATABASE_URL: database.url });

    await expect(attempt).rejects.toBeInstanceOf(RuleViolation);
    await expect(attempt).rejects.toMatchObject({ field: 'nationalOutcomes[0].title' });
  });
});
