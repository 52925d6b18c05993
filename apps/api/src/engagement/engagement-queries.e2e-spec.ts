import { DemoSeeder } from '@concordat/application';
import { orkneyDemo } from '@concordat/demo-data';
import { QueryCounter } from '@concordat/read-models';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, untilProjectionsCaughtUp, type GraphQLResponse } from '../testing/graphql-client';
import { agreeAnAgreement } from '../testing/agreed-agreement';

const ORKNEY = 'orkney-cpp';
const SOA = 'soa-orkney-2008-11';
const ROADSHOW = 'isles-roadshow-2009';

/** Partnerships of their own for the statement-count test: one with 1 activity, one with 3. */
const ONE = 'engage-one-cpp';
const THREE = 'engage-three-cpp';

/** What the Orkney activities influence: an indicator of the demo agreement. */
const ORKNEY_FUEL_POVERTY = { kind: 'indicator', id: 'ind-fuel-poverty', agreementId: SOA };

/** The indicator the test fixture's agreement tracks, in a partnership's own agreement. */
const employmentIn = (partnershipId: string) => ({
  kind: 'indicator',
  id: 'ind-employment',
  agreementId: `${partnershipId}-soa`,
});

interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const mutation = (name: string) =>
  `mutation Run($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) {
    ${name}(input: $input) { id readModelsCaughtUp }
  }`;

const ACTIVITIES = `query Activities(
  $partnershipId: String!, $agreementId: String, $first: Int, $after: String
) {
  engagementActivities(
    partnershipId: $partnershipId, agreementId: $agreementId, first: $first, after: $after
  ) {
    edges { cursor node { id agreementId heldFrom } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ACTIVITY = `query Activity($id: String!) {
  engagementActivity(id: $id) {
    id partnershipId agreementId heldFrom heldTo method peopleReached summary
    participantCount influenceCount feedbackCount recordedAt
    participants { activityId ordinal name kind partnerId representsDisadvantagedPeople }
    influences { id activityId target { kind id agreementId } whatChanged recordedPosition }
    feedback { activityId revision givenOn channel text }
    agreement { id title }
  }
}`;

const INFLUENCES_ON = `query InfluencesOn($kind: String!, $id: String!, $agreementId: String) {
  influencesOn(kind: $kind, id: $id, agreementId: $agreementId) {
    id whatChanged target { kind id agreementId } activity { id method heldFrom }
  }
}`;

const NESTED = `query Nested($partnershipId: String!) {
  engagementActivities(partnershipId: $partnershipId) {
    edges { node {
      id
      agreement { id }
      participants { name }
      influences { id activity { id } }
      feedback { givenOn }
    } }
  }
}`;

interface Nested {
  engagementActivities: Connection<{
    id: string;
    agreement: { id: string } | null;
    participants: { name: string }[];
    influences: { id: string; activity: { id: string } }[];
    feedback: { givenOn: string }[];
  }>;
}

describe.each(apiBackends)('engagement queries over HTTP on %s', (_name, start) => {
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

  /** An activity with two participants, an influence on a demo indicator, and one feedback. */
  async function activity(
    partnershipId: string,
    activityId: string,
    heldFrom: string,
    agreementId: string | null,
    influenced: Record<string, string> = ORKNEY_FUEL_POVERTY,
  ): Promise<void> {
    await ok('recordEngagementActivity', {
      activityId,
      partnershipId,
      agreementId,
      held: { from: heldFrom },
      method: 'workshop',
      participants: [
        {
          name: 'Sanday Community Council',
          kind: 'community_council',
          representsDisadvantagedPeople: false,
        },
        { name: 'Orkney Carers Centre', kind: 'third_sector', representsDisadvantagedPeople: true },
      ],
      peopleReached: 40,
      summary: `Workshop ${activityId}`,
    });
    await ok('recordEngagementInfluence', {
      activityId,
      partnershipId,
      influenceId: `${activityId}-influence`,
      target: influenced,
      whatChanged: 'The fuel poverty indicator is now reported by isle.',
    });
    await ok('recordEngagementFeedbackGiven', {
      activityId,
      partnershipId,
      givenOn: heldFrom,
      channel: 'letter',
      text: 'We wrote to everyone who came.',
    });
  }

  async function establishWithAnAgreement(partnershipId: string): Promise<void> {
    await ok('establishPartnership', {
      partnershipId,
      name: `Partnership ${partnershipId}`,
      councilArea: 'Orkney Islands',
      quorum: { minimumMembersPresent: 1, chairMustAttend: false },
    });
    await ok('admitPartner', {
      partnershipId,
      partnerId: 'council',
      organisation: 'The council',
      sector: 'council',
    });
    await agreeAnAgreement(ok, {
      partnershipId,
      councilPartnerId: 'council',
      frameworkVersionId: `${partnershipId}-npf`,
      agreementId: `${partnershipId}-soa`,
      localOutcomeId: `${partnershipId}-jobs`,
    });
  }

  beforeAll(async () => {
    api = await start();
    await api.app.get(DemoSeeder).seed(orkneyDemo());
    // Four more Orkney activities: two that informed the agreement, two that did not.
    await activity(ORKNEY, 'orkney-workshop-1', '2010-03-01', SOA);
    await activity(ORKNEY, 'orkney-workshop-2', '2010-03-01', null);
    await activity(ORKNEY, 'orkney-workshop-3', '2008-11-20', SOA);
    await activity(ORKNEY, 'orkney-workshop-4', '2011-05-09', null);
    // An activity influences only its own partnership's agreements: ONE and THREE have theirs.
    for (const partnershipId of [ONE, THREE]) await establishWithAnAgreement(partnershipId);
    await activity(ONE, 'one-1', '2010-01-10', `${ONE}-soa`, employmentIn(ONE));
    for (const n of [1, 2, 3]) {
      await activity(THREE, `three-${n}`, `2010-0${n}-10`, `${THREE}-soa`, employmentIn(THREE));
    }
    await untilProjectionsCaughtUp(api.url);
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
  });

  const list = (variables: Record<string, unknown>) =>
    graphql<{
      engagementActivities: Connection<{
        id: string;
        agreementId: string | null;
        heldFrom: string;
      }>;
    }>(api.url, ACTIVITIES, variables);

  it("lists a partnership's activities by the day they began, and filters by agreement", async () => {
    const all = await list({ partnershipId: ORKNEY });
    expect(all.errors).toBeUndefined();
    expect(all.data?.engagementActivities.edges.map((edge) => edge.node.id)).toEqual([
      'orkney-workshop-3',
      ROADSHOW,
      'orkney-workshop-1',
      'orkney-workshop-2',
      'orkney-workshop-4',
    ]);

    const informing = await list({ partnershipId: ORKNEY, agreementId: SOA });
    expect(informing.data?.engagementActivities.edges.map((edge) => edge.node)).toEqual([
      { id: 'orkney-workshop-3', agreementId: SOA, heldFrom: '2008-11-20' },
      { id: ROADSHOW, agreementId: SOA, heldFrom: '2009-10-05' },
      { id: 'orkney-workshop-1', agreementId: SOA, heldFrom: '2010-03-01' },
    ]);
    expect((await list({ partnershipId: 'nowhere-cpp' })).data?.engagementActivities).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('pages through the activities, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: Awaited<ReturnType<typeof list>> = await list({
        partnershipId: ORKNEY,
        first: 2,
        after,
      });
      const connection = result.data?.engagementActivities;
      if (!connection) throw new Error(JSON.stringify(result.errors));
      pages += 1;
      seen.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      expect(connection.edges).toHaveLength(2);
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('shows an activity with who took part, what it changed and how people were told', async () => {
    const result = await graphql<{ engagementActivity: Record<string, unknown> }>(
      api.url,
      ACTIVITY,
      { id: ROADSHOW },
    );
    expect(result.errors).toBeUndefined();
    const roadshow = result.data!.engagementActivity;
    expect(roadshow).toMatchObject({
      id: ROADSHOW,
      partnershipId: ORKNEY,
      agreementId: SOA,
      heldFrom: '2009-10-05',
      heldTo: '2009-10-23',
      method: 'public_meeting',
      peopleReached: 286,
      participantCount: 6,
      influenceCount: 2,
      feedbackCount: 2,
      agreement: { id: SOA, title: 'Orkney Single Outcome Agreement 2008-11' },
    });
    const participants = roadshow['participants'] as { ordinal: number; name: string }[];
    expect(participants.map((p) => p.ordinal)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(participants[0]).toEqual({
      activityId: ROADSHOW,
      ordinal: 0,
      name: 'Orkney Isles Community Councils Forum',
      kind: 'community_council',
      partnerId: 'orkney-community-councils-forum',
      representsDisadvantagedPeople: false,
    });
    expect(participants[2]).toMatchObject({ partnerId: null, representsDisadvantagedPeople: true });
    expect(roadshow['influences']).toEqual([
      expect.objectContaining({
        id: 'warm-homes-outcome',
        activityId: ROADSHOW,
        target: { kind: 'local_outcome', id: 'lo-warm-homes', agreementId: SOA },
      }),
      expect.objectContaining({
        id: 'drivers-meet-the-ferries',
        target: { kind: 'commitment', id: 'c-vao-isles-volunteer-transport', agreementId: SOA },
      }),
    ]);
    expect(roadshow['feedback']).toEqual([
      expect.objectContaining({ givenOn: '2010-01-20', channel: 'newsletter' }),
      expect.objectContaining({ givenOn: '2010-10-05', channel: 'report' }),
    ]);

    const unlinked = await graphql<{ engagementActivity: { agreement: unknown } }>(
      api.url,
      ACTIVITY,
      { id: 'orkney-workshop-2' },
    );
    expect(unlinked.data?.engagementActivity.agreement).toBeNull();
  });

  it('answers NOT_FOUND for an activity that does not exist', async () => {
    const result = await graphql(api.url, ACTIVITY, { id: 'no-such-activity' });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('tells how communities shaped an outcome, a commitment or an indicator', async () => {
    const influences = async (variables: Record<string, unknown>) => {
      const result = await graphql<{ influencesOn: Record<string, unknown>[] }>(
        api.url,
        INFLUENCES_ON,
        variables,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.influencesOn;
    };

    expect(
      await influences({ kind: 'local_outcome', id: 'lo-warm-homes', agreementId: SOA }),
    ).toEqual([
      {
        id: 'warm-homes-outcome',
        whatChanged: expect.stringContaining('warm homes'),
        target: { kind: 'local_outcome', id: 'lo-warm-homes', agreementId: SOA },
        activity: { id: ROADSHOW, method: 'public_meeting', heldFrom: '2009-10-05' },
      },
    ]);
    expect(
      (await influences({ kind: 'commitment', id: 'c-vao-isles-volunteer-transport' })).map(
        (influence) => influence['id'],
      ),
    ).toEqual(['drivers-meet-the-ferries']);
    const onIndicator = await influences({
      kind: 'indicator',
      id: 'ind-fuel-poverty',
      agreementId: SOA,
    });
    expect(onIndicator.map((influence) => influence['id'])).toEqual([
      'orkney-workshop-1-influence',
      'orkney-workshop-2-influence',
      'orkney-workshop-3-influence',
      'orkney-workshop-4-influence',
    ]);
    expect(
      await influences({ kind: 'local_outcome', id: 'lo-isles-economy', agreementId: SOA }),
    ).toEqual([]);
    expect(
      await influences({ kind: 'local_outcome', id: 'lo-warm-homes', agreementId: 'other' }),
    ).toEqual([]);
  });

  it('shows the influences on each local outcome of an agreement', async () => {
    const result = await graphql<{
      agreement: { localOutcomes: { id: string; influences: { id: string }[] }[] };
    }>(
      api.url,
      `
        query Outcomes($id: String!) {
          agreement(id: $id) {
            localOutcomes {
              id
              influences {
                id
              }
            }
          }
        }
      `,
      { id: SOA },
    );
    expect(result.errors).toBeUndefined();
    const shaped = result.data!.agreement.localOutcomes.filter((o) => o.influences.length > 0);
    expect(shaped).toEqual([{ id: 'lo-warm-homes', influences: [{ id: 'warm-homes-outcome' }] }]);
  });

  it.each([
    ['an unknown target kind', INFLUENCES_ON, { kind: 'partner', id: 'x' }],
    ['a page larger than 100', ACTIVITIES, { partnershipId: ORKNEY, first: 101 }],
    ['a cursor it never gave out', ACTIVITIES, { partnershipId: ORKNEY, after: 'garbage' }],
  ])('refuses %s with VALIDATION_FAILED', async (_case, query, variables) => {
    const result = await graphql(api.url, query, variables);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });

  it('sends as many SQL statements for 3 activities with their children as for 1', async () => {
    const counter = api.app.get(QueryCounter);
    const statementsFor = async (partnershipId: string) => {
      const before = counter.count;
      const result = await graphql<Nested>(api.url, NESTED, { partnershipId });
      expect(result.errors).toBeUndefined();
      return { statements: counter.count - before, data: result.data! };
    };
    const one = await statementsFor(ONE);
    const three = await statementsFor(THREE);
    expect(one.data.engagementActivities.edges).toHaveLength(1);
    expect(three.data.engagementActivities.edges).toHaveLength(3);
    for (const { node } of three.data.engagementActivities.edges) {
      expect(node).toMatchObject({
        agreement: { id: `${THREE}-soa` },
        participants: [{ name: 'Sanday Community Council' }, { name: 'Orkney Carers Centre' }],
        influences: [{ id: `${node.id}-influence`, activity: { id: node.id } }],
        feedback: [{ givenOn: expect.any(String) }],
      });
    }
    expect(three.statements).toBe(one.statements);
  });
});
