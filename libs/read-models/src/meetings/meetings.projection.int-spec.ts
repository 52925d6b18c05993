import type { DataSource } from 'typeorm';
import type {
  BoardMeetingHeld,
  DecisionActionCompleted,
  DecisionRecorded,
} from '@concordat/domain';
import type { ProjectionRunner } from '../infrastructure/projection-runner';
import {
  appendInOrder,
  expectIdempotentAndRebuildable,
  fact,
  openDataSource,
  runUntil,
  type StreamEvent,
} from '../partnerships/testing/read-model-harness';
import { orkneyFrameworksPartnershipAndMeetings } from '../partnerships/testing/orkney-story';
import { readModelBackends, type ReadModelTestStores } from '../testing/read-model-test-stores';
import { DecisionEntity, MEETING_ENTITIES } from './meetings.entities';
import { meetingsProjection } from './meetings.projection';
import {
  actionsOfDecisions,
  actionsOverdue,
  decisionsByKeys,
  decisionsOfMeetings,
  listDecisions,
  listMeetings,
  meetingById,
  subjectsOfDecisions,
  type DecisionView,
  type MeetingView,
} from './meetings.queries';

const QUORUM = { minimumMembersPresent: 2, chairMustAttend: false };

function held(meetingId: string, partnershipId: string, date: string, quorate = true): StreamEvent {
  return fact<BoardMeetingHeld>(
    `meeting-${meetingId}`,
    'BoardMeetingHeld',
    {
      meetingId,
      partnershipId,
      date,
      location: 'Council Chamber, Kirkwall',
      attendees: quorate ? ['anna', 'bob'] : ['anna'],
      otherAttendees: [{ name: 'Kirsty Drever', role: 'Community Planning Manager' }],
      apologies: quorate ? ['cara'] : ['bob', 'cara'],
      quorum: QUORUM,
      boardMembersPresent: quorate ? 2 : 1,
      chairPresent: true,
      quorate,
    },
    `${date}T17:00:00.000Z`,
  );
}

function decided(
  meetingId: string,
  decidedOn: string,
  data: Partial<DecisionRecorded['data']> & Pick<DecisionRecorded['data'], 'decisionId' | 'kind'>,
): StreamEvent {
  return fact<DecisionRecorded>(
    `meeting-${meetingId}`,
    'DecisionRecorded',
    {
      meetingId,
      partnershipId: 'north',
      decidedOn,
      subjects: [],
      rationale: 'As the paper recommends.',
      takingPart: ['anna', 'bob'],
      vote: null,
      carried: true,
      actions: [],
      ...data,
    },
    `${decidedOn}T17:30:00.000Z`,
  );
}

function completed(
  meetingId: string,
  decisionId: string,
  actionId: string,
  completedOn: string,
): StreamEvent {
  return fact<DecisionActionCompleted>(
    `meeting-${meetingId}`,
    'DecisionActionCompleted',
    { meetingId, decisionId, actionId, partnershipId: 'north', completedOn, note: 'Done.' },
    `${completedOn}T12:00:00.000Z`,
  );
}

/**
 * Three meetings of the north partnership (one not quorate) and one of the south. The 2010
 * meeting reuses the decision id `d1` and action id `a1`: ids are only unique within a meeting.
 */
function meetingStory(): StreamEvent[] {
  return [
    held('m1', 'north', '2009-03-10'),
    decided('m1', '2009-03-10', {
      decisionId: 'd1',
      kind: 'accept_commitment',
      subjects: [
        { kind: 'commitment', id: 'c2' },
        { kind: 'commitment', id: 'c1' },
      ],
      actions: [
        {
          actionId: 'a1',
          description: 'Write to the partners',
          owner: { kind: 'person', id: 'anna' },
          dueDate: '2009-04-01',
        },
        {
          actionId: 'a2',
          description: 'Report on delivery',
          owner: { kind: 'partner', id: 'nhs' },
          dueDate: '2009-06-01',
        },
      ],
    }),
    decided('m1', '2009-03-10', {
      decisionId: 'd2',
      kind: 'hold_partner_to_account',
      subjects: [{ kind: 'partner', id: 'vol' }],
      rationale: 'The partner has not reported for two quarters.',
      vote: { for: 2, against: 0, abstain: 0 },
      actions: [
        {
          actionId: 'a3',
          description: 'Agree a recovery plan',
          owner: { kind: 'partner', id: 'vol' },
          dueDate: '2009-03-31',
        },
      ],
    }),
    completed('m1', 'd1', 'a1', '2009-03-25'),
    held('m2', 'north', '2010-02-01', false),
    held('m3', 'north', '2010-06-15'),
    decided('m3', '2010-06-15', {
      decisionId: 'd1',
      kind: 'accept_annual_report',
      subjects: [{ kind: 'annual_report', id: 'ar-2009' }],
      actions: [
        {
          actionId: 'a1',
          description: 'Publish the report',
          owner: { kind: 'person', id: 'bob' },
          dueDate: '2010-07-01',
        },
      ],
    }),
    held('m4', 'south', '2010-01-05'),
    fact<DecisionRecorded>(
      'meeting-m4',
      'DecisionRecorded',
      {
        meetingId: 'm4',
        decisionId: 'd9',
        partnershipId: 'south',
        decidedOn: '2010-01-05',
        kind: 'accept_commitment',
        subjects: [{ kind: 'commitment', id: 'c1' }],
        rationale: 'Agreed.',
        takingPart: ['anna', 'bob'],
        vote: null,
        carried: true,
        actions: [],
      },
      '2010-01-05T17:30:00.000Z',
    ),
    completed('m1', 'd2', 'a3', '2010-09-01'),
  ];
}

const keyOf = (d: DecisionView) => `${d.meetingId}/${d.decisionId}`;

describe.each(readModelBackends)('the meetings read model on %s', (_name, openStores) => {
  let stores: ReadModelTestStores;
  let runner: ProjectionRunner | undefined;
  let dataSource: DataSource | undefined;

  beforeEach(async () => {
    stores = await openStores();
  });

  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
    await dataSource?.destroy();
    dataSource = undefined;
    await stores.close();
  });

  async function project(events: readonly StreamEvent[]): Promise<DataSource> {
    const last = await appendInOrder(stores.store, events);
    runner = await runUntil(stores, [meetingsProjection], last);
    dataSource = await openDataSource(stores, [...MEETING_ENTITIES]);
    return dataSource;
  }

  it('keeps each meeting with its attendance and quorum', async () => {
    const ds = await project(meetingStory());

    expect(await meetingById(ds, 'm1')).toEqual({
      meetingId: 'm1',
      partnershipId: 'north',
      date: '2009-03-10',
      location: 'Council Chamber, Kirkwall',
      attendees: ['anna', 'bob'],
      apologies: ['cara'],
      otherAttendees: [{ name: 'Kirsty Drever', role: 'Community Planning Manager' }],
      quorum: QUORUM,
      boardMembersPresent: 2,
      chairPresent: true,
      quorate: true,
    });
    expect(await meetingById(ds, 'm2')).toMatchObject({ quorate: false, boardMembersPresent: 1 });
    expect(await meetingById(ds, 'm99')).toBeNull();
  });

  it('lists meetings by date, within a range, page by page', async () => {
    const ds = await project(meetingStory());
    const ids = (items: readonly MeetingView[]) => items.map((m) => m.meetingId);

    const all = await listMeetings(ds, { partnershipId: 'north' }, { first: 10 });
    expect(ids(all.items)).toEqual(['m1', 'm2', 'm3']);
    expect(all.hasNextPage).toBe(false);
    const from2010 = await listMeetings(
      ds,
      { partnershipId: 'north', from: '2010-01-01' },
      { first: 10 },
    );
    expect(ids(from2010.items)).toEqual(['m2', 'm3']);
    const in2009 = await listMeetings(
      ds,
      { partnershipId: 'north', from: '2009-01-01', to: '2009-12-31' },
      { first: 10 },
    );
    expect(ids(in2009.items)).toEqual(['m1']);

    const first = await listMeetings(ds, { partnershipId: 'north' }, { first: 2 });
    expect(ids(first.items)).toEqual(['m1', 'm2']);
    expect(first.hasNextPage).toBe(true);
    const second = await listMeetings(
      ds,
      { partnershipId: 'north' },
      { first: 2, after: first.endCursor },
    );
    expect(ids(second.items)).toEqual(['m3']);
    expect(second.hasNextPage).toBe(false);
  });

  it('answers what the board decided, by kind, subject and date, page by page', async () => {
    const ds = await project(meetingStory());
    const keys = (page: { items: readonly DecisionView[] }) => page.items.map(keyOf);

    const all = await listDecisions(ds, { partnershipId: 'north' }, { first: 10 });
    expect(keys(all)).toEqual(['m1/d1', 'm1/d2', 'm3/d1']);
    expect(all.items[0]).toEqual({
      meetingId: 'm1',
      decisionId: 'd1',
      partnershipId: 'north',
      decidedOn: '2009-03-10',
      kind: 'accept_commitment',
      rationale: 'As the paper recommends.',
      takingPart: ['anna', 'bob'],
      vote: null,
      carried: true,
    });
    expect(all.items[1]?.vote).toEqual({ for: 2, against: 0, abstain: 0 });

    const north = { partnershipId: 'north' };
    const page = { first: 10 };
    expect(keys(await listDecisions(ds, { ...north, kind: 'accept_commitment' }, page))).toEqual([
      'm1/d1',
    ]);
    expect(
      keys(await listDecisions(ds, { ...north, subjectKind: 'commitment', subjectId: 'c1' }, page)),
    ).toEqual(['m1/d1']);
    expect(keys(await listDecisions(ds, { ...north, subjectKind: 'partner' }, page))).toEqual([
      'm1/d2',
    ]);
    expect(keys(await listDecisions(ds, { ...north, subjectId: 'ar-2009' }, page))).toEqual([
      'm3/d1',
    ]);
    const thisYear = { ...north, decidedFrom: '2010-01-01', decidedTo: '2010-12-31' };
    expect(keys(await listDecisions(ds, thisYear, page))).toEqual(['m3/d1']);
    expect(
      keys(await listDecisions(ds, { partnershipId: 'south', subjectId: 'c1' }, page)),
    ).toEqual(['m4/d9']);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const onePage = await listDecisions(ds, north, { first: 1, after });
      seen.push(...keys(onePage));
      if (!onePage.hasNextPage) break;
      after = onePage.endCursor;
    }
    expect(seen).toEqual(['m1/d1', 'm1/d2', 'm3/d1']);
  });

  it('looks up decisions, subjects and actions for many parents in one go', async () => {
    const ds = await project(meetingStory());

    const decisions = await decisionsOfMeetings(ds, ['m3', 'm1', 'm2']);
    expect(decisions.map(keyOf)).toEqual(['m1/d1', 'm1/d2', 'm3/d1']);
    expect((await decisionsByKeys(ds, [{ meetingId: 'm3', decisionId: 'd1' }])).map(keyOf)).toEqual(
      ['m3/d1'],
    );

    const subjects = await subjectsOfDecisions(ds, [
      { meetingId: 'm1', decisionId: 'd1' },
      { meetingId: 'm3', decisionId: 'd1' },
    ]);
    expect(subjects).toEqual([
      { meetingId: 'm1', decisionId: 'd1', kind: 'commitment', id: 'c2' },
      { meetingId: 'm1', decisionId: 'd1', kind: 'commitment', id: 'c1' },
      { meetingId: 'm3', decisionId: 'd1', kind: 'annual_report', id: 'ar-2009' },
    ]);

    const actions = await actionsOfDecisions(ds, [{ meetingId: 'm1', decisionId: 'd1' }]);
    expect(actions).toEqual([
      {
        meetingId: 'm1',
        decisionId: 'd1',
        actionId: 'a1',
        partnershipId: 'north',
        description: 'Write to the partners',
        owner: { kind: 'person', id: 'anna' },
        dueDate: '2009-04-01',
        completedOn: '2009-03-25',
        completionNote: 'Done.',
      },
      expect.objectContaining({
        actionId: 'a2',
        owner: { kind: 'partner', id: 'nhs' },
        completedOn: null,
      }),
    ]);
    expect(await decisionsOfMeetings(ds, [])).toEqual([]);
    expect(await ds.getRepository(DecisionEntity).count()).toBe(4);
  });

  it('tells which actions were overdue on a date', async () => {
    const ds = await project(meetingStory());
    const overdue = async (asOf: string) =>
      (await actionsOverdue(ds, 'north', asOf)).map((a) => `${a.meetingId}/${a.actionId}`);

    expect(await overdue('2009-03-30')).toEqual([]);
    expect(await overdue('2009-05-01')).toEqual(['m1/a3']);
    expect(await overdue('2009-06-15')).toEqual(['m1/a3', 'm1/a2']);
    // Completed on 2010-09-01: still overdue as it stood in August.
    expect(await overdue('2010-08-01')).toEqual(['m1/a3', 'm1/a2', 'm3/a1']);
    expect(await overdue('2010-10-01')).toEqual(['m1/a2', 'm3/a1']);
    expect(await actionsOverdue(ds, 'south', '2011-01-01')).toEqual([]);
  });

  it('changes nothing when events are applied twice, and rebuilds to the same tables', async () => {
    await project(meetingStory());
    await runner?.stop();
    runner = undefined;

    await expectIdempotentAndRebuildable(stores, meetingsProjection);
  });

  it("reads the Orkney board's meetings, decisions and actions", async () => {
    const ds = await project(orkneyFrameworksPartnershipAndMeetings());
    const orkney = { partnershipId: 'orkney-cpp' };

    const meetings = await listMeetings(ds, orkney, { first: 100 });
    expect(meetings.items.length).toBeGreaterThanOrEqual(10);
    expect(meetings.items.some((m) => !m.quorate)).toBe(true);

    const reports = await listDecisions(
      ds,
      { ...orkney, kind: 'accept_annual_report' },
      { first: 10 },
    );
    expect(reports.items.map((d) => d.decisionId)).toEqual([
      'accept-annual-report-2008-09',
      'accept-annual-report-2009-10',
      'accept-annual-report-2010-11',
    ]);
    const aboutTheAgreement = await listDecisions(
      ds,
      { ...orkney, subjectKind: 'agreement', subjectId: 'soa-orkney-2008-11' },
      { first: 10 },
    );
    expect(aboutTheAgreement.items.map((d) => d.decisionId)).toContain('endorse-draft-soa');

    const [endorsement] = await actionsOfDecisions(ds, [
      { meetingId: 'board-2008-04-29', decisionId: 'endorse-draft-soa' },
    ]);
    expect(endorsement).toMatchObject({ actionId: 'submit-draft-soa', completedOn: '2008-05-06' });

    await runner?.stop();
    runner = undefined;
    await expectIdempotentAndRebuildable(stores, meetingsProjection);
  });
});
