import { QueryCounter } from '@concordat/read-models';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { readSideQuiet } from '../testing/read-side-quiet';
import { graphql, untilProjectionsCaughtUp } from '../testing/graphql-client';

const PUBLISH = `mutation Publish($input: PublishFrameworkVersionInput!) {
  publishFrameworkVersion(input: $input) { id }
}`;

/** Five versions, a year apart; the 2011 one supersedes the 2007 one. */
const YEARS = [2007, 2008, 2009, 2010, 2011];
const idOf = (year: number) => `npf-${year}`;

const aFrameworkVersion = (year: number) => ({
  frameworkVersionId: idOf(year),
  label: `${year} National Performance Framework`,
  publishedOn: `${year}-11-14`,
  purpose: 'To focus government and public services on creating a more successful country.',
  strategicObjectives: [
    { id: 'wealthier-fairer', title: 'Wealthier and fairer' },
    { id: 'healthier', title: 'Healthier' },
    { id: 'greener', title: 'Greener' },
  ],
  nationalOutcomes: [
    { id: 'no2', number: 1, title: 'We realise our full economic potential' },
    { id: 'no6', number: 2, title: 'We live longer, healthier lives' },
  ],
  nationalIndicators: [
    { id: 'ni-employment', title: 'Increase the employment rate', outcomeIds: ['no2'] },
    { id: 'ni-life-expectancy', title: 'Improve life expectancy', outcomeIds: ['no6'] },
  ],
  localIndicatorMenu: [
    { id: 'lm-smoking', title: 'Percentage of adults who smoke', outcomeIds: ['no6'] },
  ],
  supersedes: year === 2011 ? idOf(2007) : null,
});

const VERSION = `query One($id: String!) {
  frameworkVersion(id: $id) {
    id label publishedOn purpose supersedes status supersededBy supersededOn
    strategicObjectives { id position title }
    nationalOutcomes { id number title }
    nationalIndicators { id position title outcomeIds }
    localIndicatorMenu { id position title outcomeIds }
  }
}`;

const PAGE = `query Page($first: Int, $after: String) {
  frameworkVersions(first: $first, after: $after) {
    edges { cursor node { id publishedOn } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const NESTED = `query Nested($first: Int) {
  frameworkVersions(first: $first) {
    edges { node {
      id
      strategicObjectives { id }
      nationalOutcomes { id }
      nationalIndicators { id }
      localIndicatorMenu { id }
    } }
  }
}`;

interface PageResult {
  frameworkVersions: {
    edges: { cursor: string; node: { id: string; publishedOn: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe.each(apiBackends)('framework queries over HTTP on %s', (_name, start) => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await start();
    for (const year of YEARS) {
      const result = await graphql(api.url, PUBLISH, { input: aFrameworkVersion(year) });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    }
    await untilProjectionsCaughtUp(api.url);
  }, 60_000);

  afterAll(async () => {
    await api.stop();
  });

  it('reads a version with its objectives, outcomes, national indicators and local menu', async () => {
    const result = await graphql<{ frameworkVersion: Record<string, unknown> }>(api.url, VERSION, {
      id: idOf(2011),
    });

    expect(result.errors).toBeUndefined();
    expect(result.data?.frameworkVersion).toEqual({
      id: 'npf-2011',
      label: '2011 National Performance Framework',
      publishedOn: '2011-11-14',
      purpose: 'To focus government and public services on creating a more successful country.',
      supersedes: 'npf-2007',
      status: 'published',
      supersededBy: null,
      supersededOn: null,
      strategicObjectives: [
        { id: 'wealthier-fairer', position: 1, title: 'Wealthier and fairer' },
        { id: 'healthier', position: 2, title: 'Healthier' },
        { id: 'greener', position: 3, title: 'Greener' },
      ],
      nationalOutcomes: [
        { id: 'no2', number: 1, title: 'We realise our full economic potential' },
        { id: 'no6', number: 2, title: 'We live longer, healthier lives' },
      ],
      nationalIndicators: [
        {
          id: 'ni-employment',
          position: 1,
          title: 'Increase the employment rate',
          outcomeIds: ['no2'],
        },
        {
          id: 'ni-life-expectancy',
          position: 2,
          title: 'Improve life expectancy',
          outcomeIds: ['no6'],
        },
      ],
      localIndicatorMenu: [
        {
          id: 'lm-smoking',
          position: 1,
          title: 'Percentage of adults who smoke',
          outcomeIds: ['no6'],
        },
      ],
    });
  });

  it('shows a superseded version with what replaced it and when', async () => {
    const result = await graphql<{ frameworkVersion: Record<string, unknown> }>(api.url, VERSION, {
      id: idOf(2007),
    });

    expect(result.data?.frameworkVersion).toMatchObject({
      status: 'superseded',
      supersedes: null,
      supersededBy: 'npf-2011',
      supersededOn: '2011-11-14',
    });
  });

  it('pages through every version, oldest first, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: { data?: PageResult } = await graphql<PageResult>(api.url, PAGE, {
        first: 2,
        after,
      });
      const connection = result.data?.frameworkVersions;
      if (!connection) throw new Error(JSON.stringify(result));
      pages += 1;
      seen.push(...connection.edges.map((edge) => edge.node.id));
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(YEARS.map(idOf));
  });

  it('answers NOT_FOUND for a version that does not exist', async () => {
    const result = await graphql(api.url, VERSION, { id: 'npf-1999' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'npf-1999' });
  });

  it('refuses a malformed id or cursor: VALIDATION_FAILED', async () => {
    const badId = await graphql(api.url, VERSION, { id: 'npf 2007' });
    const badCursor = await graphql(api.url, PAGE, { first: 2, after: 'garbage' });
    expect(badId.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect(badCursor.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });

  it('sends as many SQL statements for 5 versions with all their lists as for 2', async () => {
    const counter = api.app.get(QueryCounter);
    const statementsFor = async (first: number) => {
      await readSideQuiet(counter);
      const before = counter.count;
      const result = await graphql<{ frameworkVersions: { edges: unknown[] } }>(api.url, NESTED, {
        first,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.frameworkVersions.edges).toHaveLength(first);
      return counter.count - before;
    };

    const forTwo = await statementsFor(2);
    const forFive = await statementsFor(5);

    expect(forFive).toBe(forTwo);
    // The page, objectives, outcomes, and one lookup for both indicator lists.
    expect(forTwo).toBe(4);
  });
});
