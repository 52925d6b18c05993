import { DemoSeeder } from '@concordat/application';
import { orkneyDemo } from '@concordat/demo-data';
import {
  AGREEMENT_ID,
  COMMITMENT,
  DECISION,
  LOCAL_OUTCOME,
  PARTNER,
  PARTNERSHIP_ID,
} from '@concordat/demo-data/orkney/ids';
import { QueryCounter } from '@concordat/read-models';
import { agreeAnAgreement } from '../testing/agreed-agreement';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, untilProjectionsCaughtUp, type GraphQLResponse } from '../testing/graphql-client';

interface Node {
  id: string;
  status: string;
  dueDate: string;
  latestProgress: { status: string } | null;
}

interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const LIST = `query List(
  $partnershipId: String, $partnerId: String, $agreementId: String, $localOutcomeId: String,
  $status: [CommitmentStatus!], $progress: [CommitmentProgressStatus!],
  $dueBefore: String, $dueAfter: String, $flagged: Boolean, $first: Int, $after: String
) {
  commitments(
    partnershipId: $partnershipId, partnerId: $partnerId, agreementId: $agreementId,
    localOutcomeId: $localOutcomeId, status: $status, progress: $progress,
    dueBefore: $dueBefore, dueAfter: $dueAfter, flagged: $flagged, first: $first, after: $after
  ) {
    edges { cursor node { id status dueDate latestProgress { status } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const DETAIL = `query One($id: String!) {
  commitment(id: $id) {
    id partnershipId agreementId localOutcomeId localOutcomeTitle action status dueDate
    leadPartnerId leadPartnerName
    parties { partnerId partnerName isLead money { minorUnits currency } staffFte effortPercent }
    resources { money { minorUnits currency } fundingStream staffFte inKind }
    accountableOfficer { name role }
    acceptedBy { meetingId decisionId decidedOn }
    rejectedBy { meetingId decisionId decidedOn reason }
    lastRevisedBy { meetingId decisionId decidedOn changed revisions }
    withdrawal { partnerId reason withdrawnAt }
    lapsedOn
    delivery { deliveredOn note evidenceUrl }
    latestProgress { status note evidenceUrl periodStart periodEnd reportedAt }
    progressReports { eventId revision status note evidenceUrl periodStart periodEnd reportedAt reportedBy }
    flags { partnerId partnerName reason raisedAt clearedBy { meetingId decisionId decidedOn clearedAt } }
    openFlags revision createdAt updatedAt
  }
}`;

const MATRIX = `query Matrix($partnershipId: String!, $agreementId: String) {
  accountabilityMatrix(partnershipId: $partnershipId, agreementId: $agreementId) {
    partnershipId agreementId
    partners { id name }
    outcomes { agreementId id title }
    cells {
      partnerId agreementId localOutcomeId
      commitments { id status latestProgress }
      pledged { minorUnits currency staffFte }
      delivered { minorUnits currency staffFte }
    }
  }
}`;

interface Cell {
  partnerId: string;
  agreementId: string;
  localOutcomeId: string;
  commitments: { id: string; status: string; latestProgress: string | null }[];
  pledged: { minorUnits: number | null; currency: string | null; staffFte: number };
  delivered: { minorUnits: number | null; currency: string | null; staffFte: number };
}

interface Matrix {
  partnershipId: string;
  agreementId: string | null;
  partners: { id: string; name: string | null }[];
  outcomes: { agreementId: string; id: string; title: string | null }[];
  cells: Cell[];
}

/** What the statement-count test asks for: each commitment's parties by name and its reports. */
const NESTED = `query Nested($partnershipId: String, $first: Int) {
  commitments(partnershipId: $partnershipId, first: $first) {
    edges { node { id parties { partnerName } progressReports { status } } }
  }
}`;

/** The same with every other batched field: titles, lead partners and flags. */
const EVERY_JOIN = `query EveryJoin($partnershipId: String, $first: Int) {
  commitments(partnershipId: $partnershipId, first: $first) {
    edges { node {
      id localOutcomeTitle leadPartnerName
      parties { partnerName } progressReports { status } flags { partnerName }
    } }
  }
}`;

const PAYLOAD = 'id revision';

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(sequence += 1)}`;

/** Dates in the past, so that no rule about the future refuses them whenever the test runs. */
const MEETING_DATE = '2024-05-14';

const orkney = { partnershipId: PARTNERSHIP_ID };
const ids = (connection: Connection<Node> | undefined) =>
  connection?.edges.map((edge) => edge.node.id) ?? [];
const sorted = (values: readonly string[]) => [...values].sort();
const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.['code'];

describe.each(apiBackends)('commitment queries on %s', (_name, start) => {
  let api: RunningApi;

  /** Sends a mutation that must succeed. */
  const ok = async (name: string, input: Record<string, unknown>, type?: string) => {
    const inputType = type ?? `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
    const result = await graphql<Record<string, { id: string }>>(
      api.url,
      `mutation Send($input: ${inputType}!) { ${name}(input: $input) { ${PAYLOAD} } }`,
      { input },
    );
    if (result.errors?.length || !result.data?.[name]) {
      throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
    }
    return result.data[name];
  };

  const list = async (variables: Record<string, unknown>) => {
    const result = await graphql<{ commitments: Connection<Node> }>(api.url, LIST, variables);
    expect(result.errors).toBeUndefined();
    return result.data?.commitments;
  };

  /** Pages through a list `first` at a time; every page but the last is full. */
  const everyPage = async (variables: Record<string, unknown>, first: number) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages += 1) {
      const page: Connection<Node> | undefined = await list({ ...variables, first, after });
      seen.push(...ids(page));
      if (!page?.pageInfo.hasNextPage) return seen;
      expect(page.edges).toHaveLength(first);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
      after = page.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  };

  const detail = async (id: string) => {
    const result = await graphql<{ commitment: Record<string, unknown> }>(api.url, DETAIL, { id });
    expect(result.errors).toBeUndefined();
    return result.data?.commitment;
  };

  const matrix = async (partnershipId: string, agreementId?: string) => {
    const result = await graphql<{ accountabilityMatrix: Matrix }>(api.url, MATRIX, {
      partnershipId,
      agreementId,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.accountabilityMatrix;
  };

  beforeAll(async () => {
    api = await start();
    await api.app.get(DemoSeeder).seed(orkneyDemo());
    // The third sector interface leaves: its open commitments are flagged for the board.
    await ok('withdrawPartner', {
      ...orkney,
      partnerId: PARTNER.thirdSector,
      reason: 'Merged into a new islands third sector interface',
    });
    await untilProjectionsCaughtUp(api.url);
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
  });

  describe('over the Orkney demo', () => {
    it('lists every commitment of the partnership by due date, then id', async () => {
      const all = await list({ ...orkney, first: 100 });
      expect(sorted(ids(all))).toEqual(sorted(Object.values(COMMITMENT)));
      expect(all?.pageInfo).toEqual({
        hasNextPage: false,
        endCursor: all?.edges.at(-1)?.cursor,
      });
      const keys = all?.edges.map((edge) => `${edge.node.dueDate} ${edge.node.id}`) ?? [];
      expect(keys).toEqual(sorted(keys));
    });

    it('pages through them three at a time, each exactly once', async () => {
      const all = ids(await list({ ...orkney, first: 100 }));
      const paged = await everyPage(orkney, 3);
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(10);
    });

    it.each([
      [
        'a party, lead or not',
        { partnerId: PARTNER.thirdSector },
        [COMMITMENT.volunteerTransport, COMMITMENT.warmHomes],
      ],
      [
        'a local outcome of the agreement',
        { agreementId: AGREEMENT_ID, localOutcomeId: LOCAL_OUTCOME.islesServices },
        [COMMITMENT.volunteerTransport, COMMITMENT.ferryReview, COMMITMENT.islesServicePoints],
      ],
      [
        'statuses',
        { status: ['rejected', 'withdrawn'] },
        [COMMITMENT.promoteOrkney, COMMITMENT.ferryReview],
      ],
      [
        'the due date',
        { dueBefore: '2010-12-31' },
        [COMMITMENT.ferryReview, COMMITMENT.homeFireSafety, COMMITMENT.schoolCollege],
      ],
      ['a due date strictly after', { dueAfter: '2011-03-31' }, [COMMITMENT.warmHomes]],
      [
        'open flags for the board',
        { flagged: true },
        [COMMITMENT.volunteerTransport, COMMITMENT.warmHomes],
      ],
      [
        'the latest progress',
        { progress: ['at_risk'] },
        [COMMITMENT.smokingCessation, COMMITMENT.ferryReview, COMMITMENT.islesServicePoints],
      ],
      [
        'status and latest progress together (what is slipping)',
        { status: ['accepted'], progress: ['at_risk', 'off_track'] },
        [COMMITMENT.islesServicePoints],
      ],
      ['nothing off track in the story', { status: ['accepted'], progress: ['off_track'] }, []],
    ])('filters by %s', async (_filter, filter, expected) => {
      const found = await list({ ...orkney, ...filter, first: 100 });
      expect(sorted(ids(found))).toEqual(sorted(expected));
      expect(found?.pageInfo.hasNextPage).toBe(false);
    });

    it('leaves out the flagged ones with flagged: false', async () => {
      const unflagged = ids(await list({ ...orkney, flagged: false, first: 100 }));
      expect(unflagged).toHaveLength(8);
      expect(unflagged).not.toContain(COMMITMENT.warmHomes);
    });

    it('pages through a progress filter one at a time, each match exactly once', async () => {
      const onTrack = await list({ ...orkney, progress: ['on_track'], first: 100 });
      expect(onTrack?.edges.every((edge) => edge.node.latestProgress?.status === 'on_track')).toBe(
        true,
      );
      const paged = await everyPage({ ...orkney, progress: ['on_track'] }, 2);
      expect(paged).toEqual(ids(onTrack));
      expect(paged.length).toBeGreaterThan(2);
      expect(await everyPage({ ...orkney, progress: ['at_risk'] }, 1)).toEqual([
        COMMITMENT.ferryReview,
        COMMITMENT.islesServicePoints,
        COMMITMENT.smokingCessation,
      ]);
    });

    it('shows one commitment whole: parties by name, decisions, reports, delivery', async () => {
      const joint = await detail(COMMITMENT.jointSupportServices);
      expect(joint).toMatchObject({
        id: COMMITMENT.jointSupportServices,
        partnershipId: PARTNERSHIP_ID,
        agreementId: AGREEMENT_ID,
        localOutcomeId: LOCAL_OUTCOME.sharedServices,
        localOutcomeTitle: 'Shared support services between the council and NHS Orkney',
        status: 'delivered',
        dueDate: '2011-03-31',
        leadPartnerId: PARTNER.council,
        leadPartnerName: 'Orkney Islands Council',
        parties: [
          {
            partnerId: PARTNER.council,
            partnerName: 'Orkney Islands Council',
            isLead: true,
            money: { minorUnits: 14_000_000, currency: 'GBP' },
            staffFte: 1.25,
            effortPercent: 50,
          },
          {
            partnerId: PARTNER.nhs,
            partnerName: 'NHS Orkney',
            isLead: false,
            money: { minorUnits: 10_000_000, currency: 'GBP' },
            staffFte: 1.25,
            effortPercent: 50,
          },
        ],
        resources: { money: { minorUnits: 24_000_000, currency: 'GBP' }, staffFte: 2.5 },
        accountableOfficer: {
          name: 'Ian Rendall',
          role: 'Chief Executive, Orkney Islands Council',
        },
        acceptedBy: { ...DECISION.acceptHealthAndJointWorking, decidedOn: '2008-09-16' },
        rejectedBy: null,
        lastRevisedBy: {
          ...DECISION.reviseJointWorking,
          decidedOn: '2009-09-29',
          changed: ['parties', 'dueDate'],
          revisions: 1,
        },
        withdrawal: null,
        lapsedOn: null,
        delivery: { deliveredOn: '2011-03-31' },
        latestProgress: { status: 'on_track', periodEnd: '2010-03-31' },
        flags: [],
        openFlags: 0,
      });
      const reports = joint?.['progressReports'] as { status: string; revision: string }[];
      expect(reports.map((report) => report.status)).toEqual(['at_risk', 'off_track', 'on_track']);
      expect(reports.map((report) => BigInt(report.revision))).toEqual(
        [...reports.map((report) => BigInt(report.revision))].sort((a, b) => (a < b ? -1 : 1)),
      );
      expect(joint?.['revision']).toMatch(/^\d+$/);
      expect(joint?.['updatedAt']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    });

    it('shows a rejection, a withdrawal and the flags raised when a partner left', async () => {
      expect(await detail(COMMITMENT.promoteOrkney)).toMatchObject({
        status: 'rejected',
        acceptedBy: null,
        rejectedBy: {
          ...DECISION.rejectPromoteOrkney,
          decidedOn: '2008-09-16',
          reason: expect.stringContaining('Too vague'),
        },
      });
      expect(await detail(COMMITMENT.ferryReview)).toMatchObject({
        status: 'withdrawn',
        leadPartnerName: 'The Scottish Government',
        withdrawal: { partnerId: PARTNER.government },
      });
      expect(await detail(COMMITMENT.warmHomes)).toMatchObject({
        status: 'accepted',
        openFlags: 1,
        flags: [
          {
            partnerId: PARTNER.thirdSector,
            partnerName: 'Voluntary Action Orkney',
            reason: expect.stringContaining('Merged into a new islands third sector interface'),
            clearedBy: null,
          },
        ],
      });
    });

    it('answers NOT_FOUND for a commitment, partnership or agreement that does not exist', async () => {
      const missing = await graphql(api.url, DETAIL, { id: 'no-such-commitment' });
      expect(missing.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        id: 'no-such-commitment',
      });
      expect(missing.data).toBeNull();
      const noPartnership = await graphql(api.url, MATRIX, { partnershipId: 'no-such-cpp' });
      expect(codeOf(noPartnership)).toBe('NOT_FOUND');
      const noAgreement = await graphql(api.url, MATRIX, {
        ...orkney,
        agreementId: 'no-such-agreement',
      });
      expect(noAgreement.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        id: 'no-such-agreement',
      });
    });

    it.each([
      ['a date that is no date', { dueBefore: '2011-02-30' }],
      ['a date in another format', { dueAfter: '31/03/2011' }],
      ['a status that is none', { status: ['abandoned'] }],
      ['a page larger than 100', { first: 101 }],
      ['a cursor it never gave out', { first: 5, after: 'garbage' }],
      [
        'a cursor it never gave out, with a progress filter',
        { progress: ['on_track'], after: 'x' },
      ],
    ])('refuses %s with VALIDATION_FAILED', async (_what, variables) => {
      expect(codeOf(await graphql(api.url, LIST, { ...orkney, ...variables }))).toBe(
        'VALIDATION_FAILED',
      );
    });

    it('draws the accountability matrix of the story: 12 cells, named rows and titled columns', async () => {
      const whole = await matrix(PARTNERSHIP_ID);
      expect(await matrix(PARTNERSHIP_ID, AGREEMENT_ID)).toEqual({
        ...whole,
        agreementId: AGREEMENT_ID,
      });
      expect(whole.cells).toHaveLength(12);
      expect(whole.partners).toEqual(
        [
          [PARTNER.council, 'Orkney Islands Council'],
          [PARTNER.college, 'Orkney College'],
          [PARTNER.fire, 'Highlands and Islands Fire and Rescue Service'],
          [PARTNER.hie, 'Highlands and Islands Enterprise'],
          [PARTNER.nhs, 'NHS Orkney'],
          [PARTNER.government, 'The Scottish Government'],
          [PARTNER.thirdSector, 'Voluntary Action Orkney'],
        ]
          .map(([id, name]) => ({ id, name }))
          .sort((a, b) => (a.id! < b.id! ? -1 : 1)),
      );
      expect(whole.outcomes).toHaveLength(7);
      expect(whole.outcomes).toContainEqual({
        agreementId: AGREEMENT_ID,
        id: LOCAL_OUTCOME.warmHomes,
        title: 'Warm homes: fewer households in fuel poverty',
      });
      expect(whole.outcomes.every((outcome) => outcome.title)).toBe(true);
      const cell = (partnerId: string, localOutcomeId: string) =>
        whole.cells.find((c) => c.partnerId === partnerId && c.localOutcomeId === localOutcomeId);
      expect(cell(PARTNER.council, LOCAL_OUTCOME.islesServices)).toEqual({
        partnerId: PARTNER.council,
        agreementId: AGREEMENT_ID,
        localOutcomeId: LOCAL_OUTCOME.islesServices,
        commitments: [
          { id: COMMITMENT.islesServicePoints, status: 'accepted', latestProgress: 'at_risk' },
        ],
        pledged: { minorUnits: 18_000_000, currency: 'GBP', staffFte: 3 },
        delivered: { minorUnits: 0, currency: 'GBP', staffFte: 0 },
      });
      expect(cell(PARTNER.nhs, LOCAL_OUTCOME.sharedServices)).toMatchObject({
        commitments: [{ id: COMMITMENT.jointSupportServices, status: 'delivered' }],
        pledged: { minorUnits: 10_000_000, staffFte: 1.25 },
        delivered: { minorUnits: 10_000_000, staffFte: 1.25 },
      });
      expect(cell(PARTNER.council, LOCAL_OUTCOME.economy)).toMatchObject({
        commitments: [{ id: COMMITMENT.promoteOrkney, status: 'rejected', latestProgress: null }],
        pledged: { minorUnits: 0, staffFte: 0 },
      });
    });

    it.each([
      ['parties by name and progress reports', NESTED],
      ['every batched join', EVERY_JOIN],
    ])(
      'costs the same number of SQL statements for 2 commitments as for 8, with %s',
      async (_what, query) => {
        const counter = api.app.get(QueryCounter);
        const statements = async (first: number) => {
          const before = counter.count;
          const result = await graphql<{
            commitments: { edges: { node: { parties: unknown[] } }[] };
          }>(api.url, query, { ...orkney, first });
          expect(result.errors).toBeUndefined();
          expect(result.data?.commitments.edges).toHaveLength(first);
          return counter.count - before;
        };
        const two = await statements(2);
        const eight = await statements(8);
        expect(eight).toBe(two);
        expect(two).toBeLessThanOrEqual(query === NESTED ? 4 : 7);
      },
    );
  });

  describe('through a commitment lifecycle in a new partnership', () => {
    const COUNCIL = 'council';
    const NHS = 'nhs';
    const chair = 'p-chair';
    const member = 'p-member';

    /** A partnership with two partners and a board, and an agreed agreement with one outcome. */
    async function aSetting() {
      const partnershipId = unique('cpp');
      const frameworkVersionId = unique('npf');
      const agreementId = unique('soa');
      const localOutcomeId = 'lo-isles-jobs';
      const of = { partnershipId };
      await ok('establishPartnership', {
        ...of,
        name: 'Isles Partnership',
        councilArea: 'Orkney Islands',
        quorum: { minimumMembersPresent: 2, chairMustAttend: true },
      });
      await ok('admitPartner', {
        ...of,
        partnerId: COUNCIL,
        organisation: 'Isles Council',
        sector: 'council',
      });
      await ok('admitPartner', {
        ...of,
        partnerId: NHS,
        organisation: 'Isles Health Board',
        sector: 'health_board',
      });
      await ok(
        'appointBoardChair',
        { ...of, personId: chair, name: 'Magnus Flett' },
        'AppointBoardSeatInput',
      );
      await ok(
        'appointBoardMember',
        { ...of, personId: member, name: 'Ingrid Linklater' },
        'AppointBoardSeatInput',
      );
      await agreeAnAgreement(ok, {
        partnershipId,
        councilPartnerId: COUNCIL,
        frameworkVersionId,
        agreementId,
        localOutcomeId,
      });
      const meetingId = unique('board');
      await ok('holdBoardMeeting', {
        meetingId,
        partnershipId,
        date: MEETING_DATE,
        location: 'Council Offices, Kirkwall',
        attendees: [chair, member],
        apologies: [],
      });
      return { partnershipId, agreementId, localOutcomeId, meetingId };
    }

    type Setting = Awaited<ReturnType<typeof aSetting>>;

    const proposal = (
      setting: Setting,
      commitmentId: string,
      shares: [string, number, number, number][],
    ) => ({
      partnershipId: setting.partnershipId,
      commitmentId,
      agreementId: setting.agreementId,
      localOutcomeId: setting.localOutcomeId,
      action: 'Open employability hubs on the North Isles',
      parties: shares.map(([partnerId, minorUnits, staffFte, effortPercent]) => ({
        partnerId,
        money: { minorUnits, currency: 'GBP' },
        staffFte,
        effortPercent,
      })),
      leadPartnerId: shares[0]![0],
      resources: {
        money: {
          minorUnits: shares.reduce((sum, [, minorUnits]) => sum + minorUnits, 0),
          currency: 'GBP',
        },
        fundingStream: 'Fairer Scotland Fund',
        staffFte: shares.reduce((sum, [, , staffFte]) => sum + staffFte, 0),
        inKind: null,
      },
      dueDate: '2030-03-31',
      accountableOfficer: { name: 'Sandy Rendall', role: 'Head of Economic Development' },
    });

    const decide = (setting: Setting, decisionId: string, kind: string, commitmentId: string) =>
      ok('recordDecision', {
        meetingId: setting.meetingId,
        partnershipId: setting.partnershipId,
        decisionId,
        kind,
        subjects: [{ kind: 'commitment', id: commitmentId }],
        rationale: 'The board considered the paper and agreed.',
        takingPart: [chair, member],
        vote: { for: 2, against: 0, abstain: 0 },
      });

    it('finds what is off track, and the matrix follows every step', async () => {
      const setting = await aSetting();
      const { partnershipId, meetingId, agreementId, localOutcomeId } = setting;
      const hubs = unique('c-hubs');
      const clinics = unique('c-clinics');
      await ok(
        'proposeCommitment',
        proposal(setting, hubs, [
          [COUNCIL, 2_000_000_000, 1.5, 60],
          [NHS, 1_000_000_000, 1, 40],
        ]),
      );
      await ok('proposeCommitment', proposal(setting, clinics, [[NHS, 50_000, 0.5, 100]]));
      await untilProjectionsCaughtUp(api.url);

      const proposed = await matrix(partnershipId);
      expect(proposed).toEqual({
        partnershipId,
        agreementId: null,
        partners: [
          { id: COUNCIL, name: 'Isles Council' },
          { id: NHS, name: 'Isles Health Board' },
        ],
        outcomes: [{ agreementId, id: localOutcomeId, title: 'More local jobs on the isles' }],
        cells: [
          {
            partnerId: COUNCIL,
            agreementId,
            localOutcomeId,
            commitments: [{ id: hubs, status: 'proposed', latestProgress: null }],
            pledged: { minorUnits: 2_000_000_000, currency: 'GBP', staffFte: 1.5 },
            delivered: { minorUnits: 0, currency: 'GBP', staffFte: 0 },
          },
          {
            partnerId: NHS,
            agreementId,
            localOutcomeId,
            commitments: sortedById([
              { id: hubs, status: 'proposed', latestProgress: null },
              { id: clinics, status: 'proposed', latestProgress: null },
            ]),
            pledged: { minorUnits: 1_000_050_000, currency: 'GBP', staffFte: 1.5 },
            delivered: { minorUnits: 0, currency: 'GBP', staffFte: 0 },
          },
        ],
      });

      await decide(setting, 'd-accept', 'accept_commitment', hubs);
      await ok('acceptCommitment', {
        partnershipId,
        commitmentId: hubs,
        decision: { meetingId, decisionId: 'd-accept' },
      });
      await ok('reportCommitmentProgress', {
        partnershipId,
        commitmentId: hubs,
        status: 'off_track',
        note: 'No lease for any of the sites',
        evidenceUrl: 'https://example.org/isles/hubs/q1',
        period: { start: '2024-04-01', end: '2024-06-30' },
      });
      await decide(setting, 'd-reject', 'reject_commitment', clinics);
      await ok('rejectCommitment', {
        partnershipId,
        commitmentId: clinics,
        decision: { meetingId, decisionId: 'd-reject' },
        reason: 'Duplicates the health board’s own programme',
      });
      await untilProjectionsCaughtUp(api.url);

      const offTrack = await list({
        partnershipId,
        status: ['accepted'],
        progress: ['off_track'],
        first: 10,
      });
      expect(offTrack?.edges.map((edge) => edge.node)).toEqual([
        {
          id: hubs,
          status: 'accepted',
          dueDate: '2030-03-31',
          latestProgress: { status: 'off_track' },
        },
      ]);
      expect(ids(await list({ partnerId: NHS, partnershipId, first: 10 }))).toEqual(
        sorted([hubs, clinics]),
      );
      expect(await detail(hubs)).toMatchObject({
        status: 'accepted',
        localOutcomeTitle: 'More local jobs on the isles',
        leadPartnerName: 'Isles Council',
        parties: [
          { partnerId: COUNCIL, partnerName: 'Isles Council', isLead: true },
          { partnerId: NHS, partnerName: 'Isles Health Board', isLead: false },
        ],
        acceptedBy: { meetingId, decisionId: 'd-accept', decidedOn: MEETING_DATE },
        latestProgress: { status: 'off_track', evidenceUrl: 'https://example.org/isles/hubs/q1' },
        progressReports: [
          {
            status: 'off_track',
            revision: '2',
            periodStart: '2024-04-01',
            periodEnd: '2024-06-30',
            note: 'No lease for any of the sites',
          },
        ],
        revision: '2',
      });
      expect(await detail(clinics)).toMatchObject({
        status: 'rejected',
        rejectedBy: {
          meetingId,
          decisionId: 'd-reject',
          decidedOn: MEETING_DATE,
          reason: 'Duplicates the health board’s own programme',
        },
      });

      await ok('recordCommitmentDelivery', {
        partnershipId,
        commitmentId: hubs,
        deliveredOn: '2024-12-02',
        note: 'All three hubs open',
        evidenceUrl: 'https://example.org/isles/hubs/opened',
      });
      await untilProjectionsCaughtUp(api.url);

      const delivered = await matrix(partnershipId, agreementId);
      expect(delivered.agreementId).toBe(agreementId);
      expect(delivered.cells).toEqual([
        expect.objectContaining({
          partnerId: COUNCIL,
          commitments: [{ id: hubs, status: 'delivered', latestProgress: 'off_track' }],
          pledged: { minorUnits: 2_000_000_000, currency: 'GBP', staffFte: 1.5 },
          delivered: { minorUnits: 2_000_000_000, currency: 'GBP', staffFte: 1.5 },
        }),
        expect.objectContaining({
          partnerId: NHS,
          commitments: sortedById([
            { id: hubs, status: 'delivered', latestProgress: 'off_track' },
            { id: clinics, status: 'rejected', latestProgress: null },
          ]),
          pledged: { minorUnits: 1_000_000_000, currency: 'GBP', staffFte: 1 },
          delivered: { minorUnits: 1_000_000_000, currency: 'GBP', staffFte: 1 },
        }),
      ]);
      expect(await detail(hubs)).toMatchObject({
        status: 'delivered',
        delivery: {
          deliveredOn: '2024-12-02',
          note: 'All three hubs open',
          evidenceUrl: 'https://example.org/isles/hubs/opened',
        },
      });
      expect(
        ids(
          await list({ partnershipId, status: ['accepted'], progress: ['off_track'], first: 10 }),
        ),
      ).toEqual([]);
    });
  });
});

/** Commitments with the same due date come in id order. */
function sortedById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
}
