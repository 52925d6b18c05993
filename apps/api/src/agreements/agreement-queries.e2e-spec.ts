import { DemoSeeder } from '@concordat/application';
import { orkneyDemo } from '@concordat/demo-data';
import { QueryCounter } from '@concordat/read-models';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, untilProjectionsCaughtUp, type GraphQLResponse } from '../testing/graphql-client';

const SOA = 'soa-orkney-2008-11';
const QUITS = 'ind-successful-quits';

/** Fixtures of their own for the statement-count test: one partnership with 1, one with 3. */
const COUNT_FRAMEWORK = 'npf-count';
const ONE = 'count-one-cpp';
const THREE = 'count-three-cpp';
const COUNCIL = 'count-council';

interface Edge<T> {
  cursor: string;
  node: T;
}
interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const mutation = (name: string) =>
  `mutation Run($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) {
    ${name}(input: $input) { id readModelsCaughtUp }
  }`;

const LIST = `query List($partnershipId: String, $status: String, $first: Int, $after: String) {
  agreements(partnershipId: $partnershipId, status: $status, first: $first, after: $after) {
    edges { cursor node { id partnershipId status periodStart } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const TREE = `query Tree($id: String!) {
  agreement(id: $id) {
    id partnershipId kind locality title frameworkVersionId periodStart periodEnd
    councilPartnerId parties { party partnerId } status agreedOn amendmentCount revision
    councilSignature { name role signedOn } governmentSignature { name role signedOn }
    draftedAt lastChangedAt
    sections {
      nationalOutcomeId ordinal written localPriority crossReferences { plan reference }
      localOutcomes { id }
    }
    localOutcomes {
      id nationalOutcomeId title status
      influences { id whatChanged target { kind id agreementId } activity { id method } }
      intermediateOutcomes { id localOutcomeId title indicators { id } }
      indicators {
        id intermediateOutcomeId title unit direction status
        source { kind id }
        baseline { value date } target { value date }
        latestObservation { observationId period value publishedOn }
        previousPeriod previousValue rag trend progress expectedProgress
      }
    }
    amendments { agreementId number summary amendedAt decision { meetingId decisionId } }
  }
}`;

interface Tree {
  agreement: {
    id: string;
    status: string;
    amendmentCount: number;
    revision: string;
    councilSignature: { name: string; signedOn: string } | null;
    governmentSignature: { name: string; signedOn: string } | null;
    sections: {
      nationalOutcomeId: string;
      ordinal: number;
      written: boolean;
      localPriority: string | null;
      localOutcomes: { id: string }[];
    }[];
    localOutcomes: {
      id: string;
      nationalOutcomeId: string;
      influences: {
        id: string;
        target: { kind: string; id: string; agreementId: string };
        activity: { id: string; method: string } | null;
      }[];
      intermediateOutcomes: { id: string; localOutcomeId: string; indicators: { id: string }[] }[];
      indicators: {
        id: string;
        intermediateOutcomeId: string | null;
        direction: string;
        source: { kind: string; id: string | null };
        baseline: { value: number; date: string };
        target: { value: number; date: string };
        latestObservation: { observationId: string; period: string; value: number } | null;
        previousPeriod: string | null;
        previousValue: number | null;
        rag: string | null;
        trend: string | null;
      }[];
    }[];
    amendments: {
      number: number;
      summary: string;
      decision: { meetingId: string; decisionId: string };
    }[];
  };
}

const OBSERVATIONS = `query Observations($agreementId: String!, $indicatorId: String!) {
  indicator(agreementId: $agreementId, indicatorId: $indicatorId) {
    id title rag trend latestObservation { period value }
    now: observations { id period value supersedes supersededBy }
    then: observations(asKnownOn: "2010-09-01") { id period value supersededBy }
    thenWithReplaced: observations(asKnownOn: "2010-09-01", includeSuperseded: true) {
      id period value supersededBy
    }
    nowWithReplaced: observations(includeSuperseded: true) { id period value supersededBy reason }
    beforeAnything: observations(asKnownOn: "2009-01-01") { id }
    standingThen: standingAsKnownOn(asKnownOn: "2010-09-01") {
      latest { observationId period value publishedOn } previous { period value }
      rag trend progress expectedProgress
    }
    standingBefore: standingAsKnownOn(asKnownOn: "2009-01-01") { latest { period } rag trend }
  }
}`;

type Obs = { id: string; period: string; value: number; supersededBy: string | null };

/** The statement-count query of the brief, and a wider one over every nested list. */
const NESTED = `query Nested($partnershipId: String) {
  agreements(partnershipId: $partnershipId) {
    edges { node { localOutcomes { indicators { observations { id value } } } } }
  }
}`;

const WIDE = `query Wide($partnershipId: String) {
  agreements(partnershipId: $partnershipId) {
    edges { node {
      id
      sections { nationalOutcomeId localOutcomes { id } influences { id } }
      amendments { number }
      localOutcomes {
        id
        influences { id activity { id } }
        intermediateOutcomes { id indicators { id observations(asKnownOn: "2009-06-30") { id } } }
        indicators {
          id
          influences { id }
          observations { id value }
          replaced: observations(includeSuperseded: true) { id }
          standingAsKnownOn(asKnownOn: "2009-06-30") { rag latest { value } }
        }
      }
    } }
  }
}`;

interface Nested {
  agreements: Connection<{
    localOutcomes: { indicators: { observations: { id: string; value: number }[] }[] }[];
  }>;
}

describe.each(apiBackends)('agreement queries over HTTP on %s', (_name, start) => {
  let api: RunningApi;

  const ok = async (name: string, input: Record<string, unknown>): Promise<void> => {
    const result: GraphQLResponse<Record<string, unknown>> = await graphql(
      api.url,
      mutation(name),
      { input },
    );
    if (result.errors || !result.data?.[name]) {
      throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
    }
  };

  /** A partnership with `count` drafts, each with 2 outcomes, 3 indicators and their values. */
  async function partnershipWithAgreements(partnershipId: string, count: number): Promise<void> {
    await ok('establishPartnership', {
      partnershipId,
      name: `Partnership ${partnershipId}`,
      councilArea: 'Orkney Islands',
      quorum: { minimumMembersPresent: 1, chairMustAttend: false },
    });
    await ok('admitPartner', {
      partnershipId,
      partnerId: COUNCIL,
      organisation: 'The council',
      sector: 'council',
    });
    for (let n = 1; n <= count; n += 1) {
      const of = { partnershipId, agreementId: `${partnershipId}-soa-${n}` };
      await ok('draftAgreement', {
        ...of,
        kind: 'single_outcome_agreement',
        title: `Agreement ${n} of ${partnershipId}`,
        frameworkVersionId: COUNT_FRAMEWORK,
        periodStart: `200${n}-04-01`,
        periodEnd: `201${n}-03-31`,
        councilPartnerId: COUNCIL,
      });
      await ok('addLocalOutcome', {
        ...of,
        nationalOutcomeId: 'no2',
        localOutcomeId: 'lo-jobs',
        title: 'More people are in work',
        description: 'Employment keeps pace with the mainland.',
      });
      await ok('addLocalOutcome', {
        ...of,
        nationalOutcomeId: 'no6',
        localOutcomeId: 'lo-health',
        title: 'People live longer, healthier lives',
        description: 'Healthy life expectancy rises.',
      });
      await ok('addIntermediateOutcome', {
        ...of,
        localOutcomeId: 'lo-health',
        intermediateOutcomeId: 'io-smoking',
        title: 'Fewer adults smoke',
      });
      const indicators = [
        ['ind-employment', 'lo-jobs'],
        ['ind-claimants', 'lo-jobs'],
        ['ind-smoking', 'io-smoking'],
      ];
      for (const [indicatorId, outcomeId] of indicators) {
        await ok('addIndicator', {
          ...of,
          indicatorId,
          outcomeId,
          title: `Indicator ${indicatorId}`,
          source: { kind: 'local' },
          unit: 'percent',
          baseline: { value: 20, date: '2008-03-31' },
          target: { value: 30, date: '2011-03-31' },
          direction: 'increase',
        });
        for (const [year, value, publishedOn] of [
          ['2008', 22, '2009-05-01'],
          ['2009', 25, '2010-05-01'],
        ] as const) {
          await ok('recordIndicatorObservation', {
            ...of,
            indicatorId,
            observationId: `obs-${indicatorId}-${year}`,
            period: year,
            periodStart: `${year}-01-01`,
            periodEnd: `${year}-12-31`,
            value,
            source: 'Local survey',
            publishedOn,
          });
        }
      }
    }
  }

  beforeAll(async () => {
    api = await start();
    await api.app.get(DemoSeeder).seed(orkneyDemo());
    await ok('publishFrameworkVersion', {
      frameworkVersionId: COUNT_FRAMEWORK,
      label: 'A framework for the statement-count fixtures',
      publishedOn: '2007-11-14',
      purpose: 'To focus public services on outcomes.',
      strategicObjectives: [{ id: 'wealthier-fairer', title: 'Wealthier and fairer' }],
      nationalOutcomes: [
        { id: 'no2', number: 1, title: 'We realise our full economic potential' },
        { id: 'no6', number: 2, title: 'We live longer, healthier lives' },
      ],
      nationalIndicators: [],
      localIndicatorMenu: [],
    });
    await partnershipWithAgreements(ONE, 1);
    await partnershipWithAgreements(THREE, 3);
    await untilProjectionsCaughtUp(api.url);
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
  });

  const list = (variables: Record<string, unknown>) =>
    graphql<{ agreements: Connection<{ id: string; status: string; partnershipId: string }> }>(
      api.url,
      LIST,
      variables,
    );

  it("lists a partnership's agreements, and filters by status", async () => {
    const orkney = await list({ partnershipId: 'orkney-cpp' });
    expect(orkney.errors).toBeUndefined();
    expect(orkney.data?.agreements.edges.map((edge) => edge.node)).toEqual([
      { id: SOA, partnershipId: 'orkney-cpp', status: 'agreed', periodStart: '2008-04-01' },
    ]);

    const drafts = await list({ status: 'draft', first: 100 });
    const draftIds = drafts.data?.agreements.edges.map((edge) => edge.node.id) ?? [];
    expect(draftIds).toHaveLength(4);
    expect(draftIds).not.toContain(SOA);
    expect(drafts.data?.agreements.edges.every((edge) => edge.node.status === 'draft')).toBe(true);

    const threeDrafts = await list({ partnershipId: THREE, status: 'draft' });
    expect(threeDrafts.data?.agreements.edges.map((edge) => edge.node.id)).toEqual([
      `${THREE}-soa-1`,
      `${THREE}-soa-2`,
      `${THREE}-soa-3`,
    ]);
    expect((await list({ partnershipId: THREE, status: 'agreed' })).data?.agreements.edges).toEqual(
      [],
    );
  });

  it('pages through every agreement by period start, each exactly once', async () => {
    const everything = await list({ first: 100 });
    const all = everything.data?.agreements.edges.map((edge) => edge.node.id) ?? [];
    expect(all).toHaveLength(5);
    expect(everything.data?.agreements.pageInfo.hasNextPage).toBe(false);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const result: Awaited<ReturnType<typeof list>> = await list({ first: 2, after });
      const connection = result.data?.agreements;
      if (!connection) throw new Error(JSON.stringify(result.errors));
      expect(connection.edges.length).toBeLessThanOrEqual(2);
      seen.push(...connection.edges.map((edge) => edge.node.id));
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(all.length);
  });

  it('shows an agreement whole: sections in order, outcomes, indicators and amendments', async () => {
    const result = await graphql<Tree>(api.url, TREE, { id: SOA });
    expect(result.errors).toBeUndefined();
    const agreement = result.data!.agreement;
    expect(agreement).toMatchObject({
      id: SOA,
      status: 'agreed',
      councilSignature: { name: 'Cllr Inga Flett', signedOn: '2008-06-05' },
      governmentSignature: { name: 'Alasdair Reid', signedOn: '2008-06-27' },
    });
    expect(agreement.revision).toMatch(/^\d+$/);

    // One section per national outcome of the 2007 framework, in the framework's order.
    expect(agreement.sections).toHaveLength(15);
    expect(agreement.sections.map((section) => section.ordinal)).toEqual(
      [...Array(15).keys()].map((n) => n),
    );
    expect(agreement.sections[0]?.nationalOutcomeId).toBe('no1');
    const no7 = agreement.sections.find((section) => section.nationalOutcomeId === 'no7');
    expect(no7).toMatchObject({ written: true, localOutcomes: [{ id: 'lo-warm-homes' }] });
    const no3 = agreement.sections.find((section) => section.nationalOutcomeId === 'no3');
    expect(no3).toMatchObject({ written: false, localPriority: null, localOutcomes: [] });

    expect(agreement.localOutcomes.map((outcome) => outcome.id)).toEqual([
      'lo-isles-economy',
      'lo-young-people-destinations',
      'lo-smoke-free-lives',
      'lo-safer-communities',
      'lo-isles-keep-services',
      'lo-shared-support-services',
      'lo-warm-homes',
    ]);
    const smokeFree = agreement.localOutcomes.find((o) => o.id === 'lo-smoke-free-lives')!;
    expect(smokeFree.intermediateOutcomes).toEqual([
      {
        id: 'io-supported-quit-attempts',
        localOutcomeId: 'lo-smoke-free-lives',
        title: expect.any(String),
        indicators: [{ id: QUITS }],
      },
    ]);
    // A local outcome's indicators include those of its intermediate outcomes.
    expect(smokeFree.indicators.map((i) => [i.id, i.intermediateOutcomeId])).toEqual([
      ['ind-adult-smoking', null],
      [QUITS, 'io-supported-quit-attempts'],
    ]);
    expect(smokeFree.indicators[1]).toMatchObject({
      direction: 'increase',
      source: { kind: 'local_menu', id: 'lm-smoking-quits' },
      baseline: { value: 118, date: '2008-03-31' },
      target: { value: 200, date: '2011-03-31' },
      latestObservation: { period: '2010-11', value: 196 },
      previousPeriod: '2009-10',
      previousValue: 181,
      rag: 'amber',
      trend: 'improving',
    });

    const warmHomes = agreement.localOutcomes.find((o) => o.id === 'lo-warm-homes')!;
    expect(warmHomes.influences).toEqual([
      {
        id: 'warm-homes-outcome',
        whatChanged: expect.stringContaining('warm homes'),
        target: { kind: 'local_outcome', id: 'lo-warm-homes', agreementId: SOA },
        activity: { id: 'isles-roadshow-2009', method: 'public_meeting' },
      },
    ]);
    expect(agreement.localOutcomes.find((o) => o.id === 'lo-isles-economy')?.influences).toEqual(
      [],
    );

    expect(agreement.amendments.length).toBeGreaterThan(0);
    expect(agreement.amendments).toHaveLength(agreement.amendmentCount);
    expect(agreement.amendments.map((a) => a.number)).toEqual(
      agreement.amendments.map((_a, index) => index + 1),
    );
    for (const amendment of agreement.amendments) {
      expect(amendment.decision).toEqual({
        meetingId: 'board-2009-12-15',
        decisionId: 'approve-warm-homes-amendment',
      });
      expect(amendment.summary).not.toBe('');
    }
  });

  it("reads an indicator's values now and as they were known on a past day", async () => {
    const result = await graphql<{
      indicator: {
        id: string;
        rag: string;
        now: (Obs & { supersedes: string | null })[];
        then: Obs[];
        thenWithReplaced: Obs[];
        nowWithReplaced: (Obs & { reason: string | null })[];
        beforeAnything: { id: string }[];
        standingThen: {
          latest: { observationId: string; period: string; value: number };
          previous: { period: string; value: number };
          rag: string;
          trend: string;
        };
        standingBefore: { latest: null; rag: null; trend: null };
      };
    }>(api.url, OBSERVATIONS, { agreementId: SOA, indicatorId: QUITS });
    expect(result.errors).toBeUndefined();
    const indicator = result.data!.indicator;
    const periodsAndValues = (values: readonly Obs[]) => values.map((o) => [o.period, o.value]);

    // Now: the corrected 2009-10 value.
    expect(periodsAndValues(indicator.now)).toEqual([
      ['2008-09', 142],
      ['2009-10', 181],
      ['2010-11', 196],
    ]);
    expect(indicator.now[1]).toMatchObject({
      id: 'obs-quits-2009-10-revised',
      supersedes: 'obs-quits-2009-10',
      supersededBy: null,
    });
    // As known on 1 September 2010: the first 2009-10 figure, the correction not yet published.
    expect(periodsAndValues(indicator.then)).toEqual([
      ['2008-09', 142],
      ['2009-10', 168],
    ]);
    expect(indicator.thenWithReplaced.map((o) => o.supersededBy)).toEqual([null, null]);
    expect(periodsAndValues(indicator.nowWithReplaced)).toEqual([
      ['2008-09', 142],
      ['2009-10', 168],
      ['2009-10', 181],
      ['2010-11', 196],
    ]);
    expect(indicator.nowWithReplaced[1]).toMatchObject({
      id: 'obs-quits-2009-10',
      supersededBy: 'obs-quits-2009-10-revised',
      reason: null,
    });
    expect(indicator.nowWithReplaced[2]?.reason).toEqual(expect.any(String));
    expect(indicator.beforeAnything).toEqual([]);

    expect(indicator.standingThen).toMatchObject({
      latest: { observationId: 'obs-quits-2009-10', period: '2009-10', value: 168 },
      previous: { period: '2008-09', value: 142 },
      trend: 'improving',
    });
    expect(['green', 'amber', 'red']).toContain(indicator.standingThen.rag);
    expect(indicator.standingBefore).toEqual({ latest: null, rag: null, trend: null });
  });

  it('answers NOT_FOUND for an agreement or indicator that does not exist', async () => {
    const agreement = await graphql(api.url, TREE, { id: 'soa-nowhere' });
    expect(agreement.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(agreement.data).toBeNull();

    for (const [agreementId, indicatorId] of [
      [SOA, 'ind-nothing'],
      ['soa-nowhere', QUITS],
    ]) {
      const indicator = await graphql(api.url, OBSERVATIONS, { agreementId, indicatorId });
      expect(indicator.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
  });

  it.each([
    ['an unknown status', LIST, { status: 'pending' }],
    ['a page larger than 100', LIST, { first: 101 }],
    ['a cursor it never gave out', LIST, { first: 2, after: 'garbage' }],
    [
      'a day that is not a date',
      `{ indicator(agreementId: "${SOA}", indicatorId: "${QUITS}") {
        observations(asKnownOn: "last summer") { id } } }`,
      {},
    ],
  ])('refuses %s with VALIDATION_FAILED', async (_case, query, variables) => {
    const result = await graphql(api.url, query, variables);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });

  it.each([
    ['the nested list of the brief', NESTED],
    ['every nested list and join', WIDE],
  ])('sends as many SQL statements for 3 agreements as for 1: %s', async (_case, query) => {
    const counter = api.app.get(QueryCounter);
    const statementsFor = async (partnershipId: string) => {
      const before = counter.count;
      const result = await graphql<Nested>(api.url, query, { partnershipId });
      expect(result.errors).toBeUndefined();
      return { statements: counter.count - before, data: result.data! };
    };

    const one = await statementsFor(ONE);
    const three = await statementsFor(THREE);
    expect(one.data.agreements.edges).toHaveLength(1);
    expect(three.data.agreements.edges).toHaveLength(3);
    const observationsOf = (data: Nested) =>
      data.agreements.edges.flatMap((edge) =>
        edge.node.localOutcomes.flatMap((outcome) =>
          outcome.indicators.flatMap((indicator) => indicator.observations),
        ),
      );
    expect(observationsOf(one.data)).toHaveLength(6);
    expect(observationsOf(three.data)).toHaveLength(18);

    expect(three.statements).toBe(one.statements);
    if (query === NESTED) expect(one.statements).toBe(4);
  });
});
