import { DemoSeeder } from '@concordat/application';
import { orkneyDemo } from '@concordat/demo-data';
import {
  ACTION,
  COMMITMENT,
  DECISION,
  MEETING,
  PARTNER,
  PARTNERSHIP_ID,
  PERSON,
} from '@concordat/demo-data/orkney/ids';
import { QueryCounter } from '@concordat/read-models';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { readSideQuiet } from '../testing/read-side-quiet';
import { graphql, untilProjectionsCaughtUp, type GraphQLResponse } from '../testing/graphql-client';

/** Partnerships without a board record, named to sort after Orkney. */
const OTHER_AREAS = ['Perth and Kinross', 'Renfrewshire', 'Shetland Islands', 'South Ayrshire'];

const ESTABLISH = `mutation Establish($input: EstablishPartnershipInput!) {
  establishPartnership(input: $input) { id }
}`;

const MEETING_QUERY = `query One($id: String!) {
  meeting(id: $id) {
    id partnershipId date location attendees apologies otherAttendees { name role }
    quorum { minimumMembersPresent chairMustAttend } boardMembersPresent chairPresent quorate
    partnership { id name }
    decisions {
      id meetingId partnershipId decidedOn kind rationale takingPart carried
      vote { for against abstain }
      subjects { kind id name partner { id organisation } }
      actions { id meetingId decisionId description dueDate completedOn completionNote
                owner { kind id name } }
    }
  }
}`;

const DECISIONS = `query Decisions($partnershipId: String!, $kind: String, $subjectKind: String,
    $subjectId: String, $decidedFrom: String, $decidedTo: String, $first: Int, $after: String) {
  decisions(partnershipId: $partnershipId, kind: $kind, subjectKind: $subjectKind,
      subjectId: $subjectId, decidedFrom: $decidedFrom, decidedTo: $decidedTo,
      first: $first, after: $after) {
    edges { cursor node { id meetingId decidedOn kind } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const MEETINGS = `query Meetings($partnershipId: String!, $from: String, $to: String, $first: Int,
    $after: String) {
  meetings(partnershipId: $partnershipId, from: $from, to: $to, first: $first, after: $after) {
    edges { cursor node { id date quorate } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const OF_PARTNERSHIP = `query OfPartnership($id: String!, $from: String, $to: String, $kind: String,
    $decidedFrom: String, $decidedTo: String, $asOf: String) {
  partnership(id: $id) {
    meetings(from: $from, to: $to) { id date }
    decisions(kind: $kind, decidedFrom: $decidedFrom, decidedTo: $decidedTo) { id decidedOn kind }
    overdueActions(asOf: $asOf) {
      id meetingId decisionId dueDate completedOn owner { kind id name }
    }
  }
}`;

interface Edge<T> {
  cursor: string;
  node: T;
}
interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type DecisionNode = { id: string; meetingId: string; decidedOn: string; kind: string };

/** Every decision of the Orkney story, in the order the decisions list gives them. */
const ALL_DECISIONS = [
  DECISION.endorseDraft,
  DECISION.acceptEconomySkillsIsles,
  DECISION.acceptHealthAndJointWorking,
  DECISION.rejectPromoteOrkney,
  DECISION.acceptSecondRound,
  DECISION.commissionIslesRoadshow,
  DECISION.holdJointWorkingToAccount,
  DECISION.acceptAnnualReport2008,
  DECISION.reviseJointWorking,
  DECISION.approveWarmHomesAmendment,
  DECISION.acceptWarmHomes,
  DECISION.acceptAnnualReport2009,
  DECISION.acceptAnnualReport2010,
  DECISION.escalateFerries,
].map((reference) => reference.decisionId);

describe.each(apiBackends)('meeting and decision queries over HTTP on %s', (_name, start) => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await start();
    await api.app.get(DemoSeeder).seed(orkneyDemo());
    for (const area of OTHER_AREAS) {
      const partnershipId = `${area.toLowerCase().replace(/ /g, '-')}-cpp`;
      const result = await graphql(api.url, ESTABLISH, {
        input: {
          partnershipId,
          name: `${area} Community Planning Partnership`,
          councilArea: area,
          quorum: { minimumMembersPresent: 3, chairMustAttend: true },
        },
      });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    }
    await untilProjectionsCaughtUp(api.url);
  }, 120_000);

  afterAll(async () => {
    await api.stop();
  });

  const decisionsWhere = async (filter: Record<string, unknown>) => {
    const result = await graphql<{ decisions: Connection<DecisionNode> }>(api.url, DECISIONS, {
      partnershipId: PARTNERSHIP_ID,
      first: 100,
      ...filter,
    });
    expect(result.errors).toBeUndefined();
    return result.data?.decisions.edges.map((edge) => edge.node.id);
  };

  it('reads a meeting with its decisions, their subjects (partners by name), votes and actions', async () => {
    const result = await graphql<{ meeting: Record<string, unknown> }>(api.url, MEETING_QUERY, {
      id: MEETING.june2009,
    });

    expect(result.errors).toBeUndefined();
    expect(result.data?.meeting).toMatchObject({
      id: MEETING.june2009,
      partnershipId: PARTNERSHIP_ID,
      date: '2009-06-23',
      location: 'Council Chamber, School Place, Kirkwall',
      apologies: [PERSON.fireAreaManager],
      quorum: { minimumMembersPresent: 4, chairMustAttend: true },
      boardMembersPresent: 7,
      chairPresent: true,
      quorate: true,
      partnership: { id: PARTNERSHIP_ID, name: 'Orkney Community Planning Partnership' },
    });
    const decisions = result.data?.meeting['decisions'] as Record<string, unknown>[];
    expect(decisions.map((decision) => decision['id'])).toEqual([
      DECISION.holdJointWorkingToAccount.decisionId,
      DECISION.commissionIslesRoadshow.decisionId,
    ]);
    expect(decisions[0]).toMatchObject({
      meetingId: MEETING.june2009,
      partnershipId: PARTNERSHIP_ID,
      decidedOn: '2009-06-23',
      kind: 'hold_partner_to_account',
      carried: true,
      vote: null,
      subjects: [
        { kind: 'commitment', id: COMMITMENT.jointSupportServices, name: null, partner: null },
        {
          kind: 'partner',
          id: PARTNER.council,
          name: 'Orkney Islands Council',
          partner: { id: PARTNER.council, organisation: 'Orkney Islands Council' },
        },
        {
          kind: 'partner',
          id: PARTNER.nhs,
          name: 'NHS Orkney',
          partner: { id: PARTNER.nhs, organisation: 'NHS Orkney' },
        },
      ],
      actions: [
        {
          id: ACTION.ictOptions,
          meetingId: MEETING.june2009,
          decisionId: DECISION.holdJointWorkingToAccount.decisionId,
          description: 'Set out the options for a single ICT service desk and network',
          dueDate: '2009-09-15',
          completedOn: '2009-09-15',
          completionNote: expect.stringContaining('NHS Orkney circulated three options'),
          owner: { kind: 'partner', id: PARTNER.nhs, name: 'NHS Orkney' },
        },
        expect.objectContaining({
          id: ACTION.recoveryPlan,
          completedOn: '2009-09-14',
          owner: { kind: 'person', id: PERSON.chiefExecutive, name: null },
        }),
      ],
    });
  });

  it('shows the vote of a decision that was voted on', async () => {
    const result = await graphql<{
      meeting: { decisions: { id: string; vote: unknown; carried: boolean }[] };
    }>(api.url, MEETING_QUERY, { id: MEETING.september2008 });

    const rejected = result.data?.meeting.decisions.find(
      (decision) => decision.id === DECISION.rejectPromoteOrkney.decisionId,
    );
    expect(rejected).toMatchObject({ vote: { for: 6, against: 1, abstain: 0 }, carried: true });
  });

  it('shows a meeting that was not quorate, with nothing decided', async () => {
    const result = await graphql<{ meeting: Record<string, unknown> }>(api.url, MEETING_QUERY, {
      id: MEETING.february2010,
    });

    expect(result.data?.meeting).toMatchObject({
      quorate: false,
      boardMembersPresent: 3,
      otherAttendees: [
        { name: 'Kirsty Drever', role: 'Community Planning Manager, Orkney Islands Council' },
      ],
      decisions: [],
    });
  });

  it('answers NOT_FOUND for a meeting that does not exist', async () => {
    const result = await graphql(api.url, MEETING_QUERY, { id: 'board-1999-01-01' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      id: 'board-1999-01-01',
    });
  });

  it('lists decisions by kind, by subject, and within dates', async () => {
    expect(await decisionsWhere({ kind: 'accept_annual_report' })).toEqual([
      DECISION.acceptAnnualReport2008.decisionId,
      DECISION.acceptAnnualReport2009.decisionId,
      DECISION.acceptAnnualReport2010.decisionId,
    ]);
    expect(
      await decisionsWhere({
        subjectKind: 'commitment',
        subjectId: COMMITMENT.jointSupportServices,
      }),
    ).toEqual([
      DECISION.acceptHealthAndJointWorking.decisionId,
      DECISION.holdJointWorkingToAccount.decisionId,
      DECISION.reviseJointWorking.decisionId,
    ]);
    expect(await decisionsWhere({ subjectKind: 'partner' })).toEqual([
      DECISION.holdJointWorkingToAccount.decisionId,
    ]);
    // What did the board decide in 2009?
    expect(await decisionsWhere({ decidedFrom: '2009-01-01', decidedTo: '2009-12-31' })).toEqual([
      DECISION.commissionIslesRoadshow.decisionId,
      DECISION.holdJointWorkingToAccount.decisionId,
      DECISION.acceptAnnualReport2008.decisionId,
      DECISION.reviseJointWorking.decisionId,
      DECISION.approveWarmHomesAmendment.decisionId,
    ]);
    expect(
      await decisionsWhere({
        kind: 'accept_commitment',
        decidedFrom: '2008-12-01',
        decidedTo: '2010-12-31',
      }),
    ).toEqual([DECISION.acceptSecondRound.decisionId, DECISION.acceptWarmHomes.decisionId]);
    expect(await decisionsWhere({ partnershipId: 'shetland-islands-cpp' })).toEqual([]);
  });

  it('pages through every decision, oldest first, each exactly once', async () => {
    const seen: DecisionNode[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: GraphQLResponse<{ decisions: Connection<DecisionNode> }> = await graphql<{
        decisions: Connection<DecisionNode>;
      }>(api.url, DECISIONS, { partnershipId: PARTNERSHIP_ID, first: 4, after });
      const connection = result.data?.decisions;
      if (!connection) throw new Error(JSON.stringify(result));
      pages += 1;
      seen.push(...connection.edges.map((edge) => edge.node));
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen.map((decision) => decision.id)).toEqual(ALL_DECISIONS);
    const days = seen.map((decision) => decision.decidedOn);
    expect(days).toEqual([...days].sort());
  });

  it('pages through a partnership’s meetings, within dates when asked', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GraphQLResponse<{ meetings: Connection<{ id: string }> }> = await graphql<{
        meetings: Connection<{ id: string }>;
      }>(api.url, MEETINGS, { partnershipId: PARTNERSHIP_ID, first: 4, after });
      const connection = result.data?.meetings;
      if (!connection) throw new Error(JSON.stringify(result));
      seen.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual([...Object.values(MEETING)].sort());

    const in2009 = await graphql<{ meetings: Connection<{ id: string }> }>(api.url, MEETINGS, {
      partnershipId: PARTNERSHIP_ID,
      from: '2009-01-01',
      to: '2009-12-31',
    });
    expect(in2009.data?.meetings.edges.map((edge) => edge.node.id)).toEqual([
      MEETING.june2009,
      MEETING.september2009,
      MEETING.december2009,
    ]);
  });

  it('gives a partnership its meetings, decisions and overdue actions', async () => {
    const result = await graphql<{
      partnership: {
        meetings: { id: string }[];
        decisions: { id: string }[];
        overdueActions: Record<string, unknown>[];
      };
    }>(api.url, OF_PARTNERSHIP, {
      id: PARTNERSHIP_ID,
      from: '2010-01-01',
      to: '2010-12-31',
      kind: 'accept_annual_report',
      decidedFrom: '2010-01-01',
      asOf: '2009-11-01',
    });

    expect(result.errors).toBeUndefined();
    expect(result.data?.partnership.meetings.map((meeting) => meeting.id)).toEqual([
      MEETING.february2010,
      MEETING.march2010,
      MEETING.september2010,
    ]);
    expect(result.data?.partnership.decisions.map((decision) => decision.id)).toEqual([
      DECISION.acceptAnnualReport2009.decisionId,
      DECISION.acceptAnnualReport2010.decisionId,
    ]);
    // The roadshow was due on 31 October 2009 and reported on 3 November.
    expect(result.data?.partnership.overdueActions).toEqual([
      {
        id: ACTION.roadshow,
        meetingId: MEETING.june2009,
        decisionId: DECISION.commissionIslesRoadshow.decisionId,
        dueDate: '2009-10-31',
        completedOn: '2009-11-03',
        owner: { kind: 'partner', id: PARTNER.thirdSector, name: 'Voluntary Action Orkney' },
      },
    ]);
  });

  it('judges overdue actions on the day asked, and today when not asked', async () => {
    const overdueOn = async (asOf?: string) => {
      const result = await graphql<{ partnership: { overdueActions: { id: string }[] } }>(
        api.url,
        OF_PARTNERSHIP,
        { id: PARTNERSHIP_ID, ...(asOf ? { asOf } : {}) },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.partnership.overdueActions.map((action) => action.id);
    };

    expect(await overdueOn('2008-05-10')).toEqual([]);
    expect(await overdueOn('2009-09-16')).toEqual([]);
    expect(await overdueOn('2011-11-01')).toEqual([ACTION.ferriesLetter]);
    expect(await overdueOn()).toEqual([ACTION.ferriesLetter]);
  });

  it.each([
    ['an unknown decision kind', DECISIONS, { partnershipId: PARTNERSHIP_ID, kind: 'shrug' }],
    [
      'a day that does not exist',
      DECISIONS,
      { partnershipId: PARTNERSHIP_ID, decidedTo: '2009-02-30' },
    ],
    ['a date in another format', MEETINGS, { partnershipId: PARTNERSHIP_ID, from: '1 May 2009' }],
    ['an unknown subject kind', DECISIONS, { partnershipId: PARTNERSHIP_ID, subjectKind: 'mood' }],
    ['a cursor it never gave out', DECISIONS, { partnershipId: PARTNERSHIP_ID, after: 'garbage' }],
    ['a malformed asOf', OF_PARTNERSHIP, { id: PARTNERSHIP_ID, asOf: '2009-13-01' }],
  ])('refuses %s: VALIDATION_FAILED', async (_case, query, variables) => {
    const result = await graphql(api.url, query, variables);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });

  it('sends as many SQL statements for 14 decisions with subjects, actions and meetings as for 7', async () => {
    const counter = api.app.get(QueryCounter);
    const query = `query Nested($partnershipId: String!, $first: Int) {
      decisions(partnershipId: $partnershipId, first: $first) {
        edges { node {
          id
          subjects { kind name }
          actions { id dueDate }
          meeting { date partnership { name } decisions { id } }
        } }
      }
    }`;
    const statementsFor = async (first: number) => {
      await readSideQuiet(counter);
      const before = counter.count;
      const result = await graphql<{ decisions: { edges: unknown[] } }>(api.url, query, {
        partnershipId: PARTNERSHIP_ID,
        first,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.decisions.edges).toHaveLength(first);
      return counter.count - before;
    };

    // Both pages name a partner: the seventh decision holds two partners to account. Each
    // loader is reached along one path only; one reached along two (subject and owner names)
    // may batch once or twice depending on when the database answers, though never per row.
    const forSeven = await statementsFor(7);
    const forFourteen = await statementsFor(14);

    expect(forFourteen).toBe(forSeven);
  });

  it('sends as many SQL statements for 5 partnerships with meetings, decisions and overdue actions as for 2', async () => {
    const counter = api.app.get(QueryCounter);
    const query = `query Nested($first: Int) {
      partnerships(first: $first) {
        edges { node {
          id
          meetings { id decisions { id } }
          decisions(decidedFrom: "2009-01-01") { id subjects { name } actions { id } }
          overdueActions(asOf: "2009-11-01") { id dueDate }
        } }
      }
    }`;
    const statementsFor = async (first: number) => {
      await readSideQuiet(counter);
      const before = counter.count;
      const result = await graphql<{
        partnerships: { edges: { node: { id: string; meetings: unknown[] } }[] };
      }>(api.url, query, { first });
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.partnerships.edges.map((edge) => edge.node) ?? [];
      expect(nodes).toHaveLength(first);
      expect(nodes[0]?.id).toBe(PARTNERSHIP_ID);
      expect(nodes[0]?.meetings).toHaveLength(Object.keys(MEETING).length);
      return counter.count - before;
    };

    const forTwo = await statementsFor(2);
    const forFive = await statementsFor(5);

    expect(forFive).toBe(forTwo);
  });
});
