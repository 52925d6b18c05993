import { QueryCounter } from '@concordat/read-models';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, untilProjectionsCaughtUp, type GraphQLResponse } from '../testing/graphql-client';
import { testToken } from '../testing/test-tokens';
import {
  partnershipWithRecords,
  recordIdsOf,
  type PartnershipRecords,
} from './testing/partnership-with-records';

/** A query about one partnership's record, and how its NOT_FOUND names what was asked for. */
interface ByIdQuery {
  readonly query: string;
  readonly variables: (records: PartnershipRecords) => Record<string, string>;
  readonly notFound: (records: PartnershipRecords) => string;
}

/** Every query that takes an id of a partnership's record. */
const BY_ID: Record<string, ByIdQuery> = {
  partnership: {
    query: 'query ($id: String!) { partnership(id: $id) { id name partners { id } } }',
    variables: (r) => ({ id: r.partnershipId }),
    notFound: (r) => `partnership ${r.partnershipId}`,
  },
  'agreement (agreed)': {
    query: 'query ($id: String!) { agreement(id: $id) { id status } }',
    variables: (r) => ({ id: r.agreedAgreementId }),
    notFound: (r) => `agreement ${r.agreedAgreementId}`,
  },
  'agreement (draft)': {
    query: 'query ($id: String!) { agreement(id: $id) { id status } }',
    variables: (r) => ({ id: r.draftAgreementId }),
    notFound: (r) => `agreement ${r.draftAgreementId}`,
  },
  indicator: {
    query: `query ($agreementId: String!, $indicatorId: String!) {
      indicator(agreementId: $agreementId, indicatorId: $indicatorId) { id observations { value } }
    }`,
    variables: (r) => ({ agreementId: r.agreedAgreementId, indicatorId: r.indicatorId }),
    notFound: (r) => `indicator ${r.agreedAgreementId}/${r.indicatorId}`,
  },
  commitment: {
    query: 'query ($id: String!) { commitment(id: $id) { id action } }',
    variables: (r) => ({ id: r.commitmentId }),
    notFound: (r) => `Commitment ${r.commitmentId}`,
  },
  accountabilityMatrix: {
    query: `query ($partnershipId: String!) {
      accountabilityMatrix(partnershipId: $partnershipId) { partners { id } }
    }`,
    variables: (r) => ({ partnershipId: r.partnershipId }),
    notFound: (r) => `Partnership ${r.partnershipId}`,
  },
  meeting: {
    query: 'query ($id: String!) { meeting(id: $id) { id decisions { id } } }',
    variables: (r) => ({ id: r.meetingId }),
    notFound: (r) => `meeting ${r.meetingId}`,
  },
  engagementActivity: {
    query: 'query ($id: String!) { engagementActivity(id: $id) { id summary } }',
    variables: (r) => ({ id: r.activityId }),
    notFound: (r) => `engagement activity ${r.activityId}`,
  },
};

const ids = <T extends { id: string }>(nodes: readonly T[]) => nodes.map((node) => node.id).sort();
const nodesOf = <T>(connection: { edges: { node: T }[] }) => connection.edges.map((e) => e.node);

describe('members read their partnerships and nothing else', () => {
  const [, start] = apiBackends[0]!;
  let api: RunningApi;
  let a: PartnershipRecords;
  let b: PartnershipRecords;
  /** Ids no record has, named like B's so the answers can be compared. */
  const nowhere = recordIdsOf('gamma');
  let officerOfA: string;
  let auditor: string;

  const ask = <T = Record<string, unknown>>(
    token: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> => graphql<T>(api.url, query, variables, { token });

  beforeAll(async () => {
    api = await start();
    a = await partnershipWithRecords(api.url, 'alpha');
    b = await partnershipWithRecords(api.url, 'beta');
    await untilProjectionsCaughtUp(api.url);
    officerOfA = await testToken('user:officer-a', [
      { role: 'partnership-officer', partnershipId: a.partnershipId },
    ]);
    auditor = await testToken('user:auditor', [{ role: 'auditor' }]);
  });

  afterAll(async () => {
    await api.stop();
  });

  it.each(Object.entries(BY_ID))(
    'answers %s of another partnership exactly as an id that does not exist',
    async (_name, { query, variables, notFound }) => {
      const own = await ask(officerOfA, query, variables(a));
      expect(own.errors).toBeUndefined();

      const other = await ask(officerOfA, query, variables(b));
      const missing = await ask(officerOfA, query, variables(nowhere));
      expect(other).toEqual({
        data: null,
        errors: [
          expect.objectContaining({
            message: `${notFound(b)} was not found`,
            extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
          }),
        ],
      });
      expect(JSON.parse(JSON.stringify(other).replaceAll('beta', 'gamma'))).toEqual(missing);
    },
  );

  it.each(Object.entries(BY_ID))(
    'lets an auditor read %s of every partnership',
    async (_name, q) => {
      for (const records of [a, b]) {
        expect((await ask(auditor, q.query, q.variables(records))).errors).toBeUndefined();
      }
    },
  );

  it("never lists another partnership's rows, even when asked for them by id", async () => {
    const { data, errors } = await ask<{
      partnerships: { edges: { node: { id: string } }[] };
      agreements: { edges: { node: { id: string } }[] };
      agreementsOfB: { edges: { node: { id: string } }[] };
      commitments: { edges: { node: { id: string } }[] };
      commitmentsOfB: { edges: { node: { id: string } }[] };
      meetingsOfB: { edges: { node: { id: string } }[] };
      decisionsOfB: { edges: { node: { id: string } }[] };
      activitiesOfB: { edges: { node: { id: string } }[] };
      influences: { id: string; partnershipId: string }[];
      influencesOnB: { id: string }[];
    }>(
      officerOfA,
      `query ($b: String!, $bAgreement: String!) {
        partnerships { edges { node { id } } }
        agreements { edges { node { id } } }
        agreementsOfB: agreements(partnershipId: $b) { edges { node { id } } }
        commitments { edges { node { id } } }
        commitmentsOfB: commitments(partnershipId: $b) { edges { node { id } } }
        meetingsOfB: meetings(partnershipId: $b) { edges { node { id } } }
        decisionsOfB: decisions(partnershipId: $b) { edges { node { id } } }
        activitiesOfB: engagementActivities(partnershipId: $b) { edges { node { id } } }
        influences: influencesOn(kind: "indicator", id: "ind-employment") { id partnershipId }
        influencesOnB: influencesOn(kind: "indicator", id: "ind-employment", agreementId: $bAgreement) { id }
      }`,
      { b: b.partnershipId, bAgreement: b.agreedAgreementId },
    );

    expect(errors).toBeUndefined();
    expect(ids(nodesOf(data!.partnerships))).toEqual([a.partnershipId]);
    expect(ids(nodesOf(data!.agreements))).toEqual(
      [a.agreedAgreementId, a.draftAgreementId].sort(),
    );
    expect(ids(nodesOf(data!.commitments))).toEqual([a.commitmentId]);
    expect(data!.influences.map((influence) => influence.partnershipId)).toEqual([a.partnershipId]);
    for (const empty of [
      data!.agreementsOfB,
      data!.commitmentsOfB,
      data!.meetingsOfB,
      data!.decisionsOfB,
      data!.activitiesOfB,
    ]) {
      expect(empty).toEqual({ edges: [] });
    }
    expect(data!.influencesOnB).toEqual([]);
  });

  it("shows a member its partnerships' audit trail and the national framework's, not another's", async () => {
    type Trail = { edges: { node: { partnershipId: string | null } }[] };
    const trailOf = async (token: string) => {
      const { data, errors } = await ask<{ all: Trail; ofB: Trail }>(
        token,
        `query ($b: String!) {
          all: auditLog(first: 100) { edges { node { partnershipId } } }
          ofB: auditLog(first: 100, partnershipId: $b) { edges { node { partnershipId } } }
        }`,
        { b: b.partnershipId },
      );
      expect(errors).toBeUndefined();
      const owners = (trail: Trail) => new Set(nodesOf(trail).map((node) => node.partnershipId));
      return { all: owners(data!.all), ofB: owners(data!.ofB) };
    };

    expect(await trailOf(officerOfA)).toEqual({
      all: new Set([a.partnershipId, null]),
      ofB: new Set(),
    });
    expect(await trailOf(auditor)).toEqual({
      all: new Set([a.partnershipId, b.partnershipId, null]),
      ofB: new Set([b.partnershipId]),
    });
  });

  it('lets every member read the national framework and the projections', async () => {
    const { data, errors } = await ask<{ frameworkVersions: { edges: unknown[] } }>(
      officerOfA,
      '{ frameworkVersions { edges { node { id } } } projections { name } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.frameworkVersions.edges).toHaveLength(2);
  });

  it("lists a member's agreements in as many SQL statements as everyone's", async () => {
    const counter = api.app.get(QueryCounter);
    const nested = `{ agreements {
      edges { node { localOutcomes { indicators { observations { id value } } } } }
    } }`;
    const statementsFor = async (token: string) => {
      const before = counter.count;
      expect((await ask(token, nested)).errors).toBeUndefined();
      return counter.count - before;
    };

    expect(await statementsFor(officerOfA)).toBe(await statementsFor(auditor));
  });
});
