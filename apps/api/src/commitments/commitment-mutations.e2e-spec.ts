import { commitmentStreamId } from '@concordat/domain';
import { agreeAnAgreement } from '../testing/agreed-agreement';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, type GraphQLResponse } from '../testing/graphql-client';

interface Payload {
  id: string;
  revision: string;
  globalPosition: string | null;
  alreadyApplied: boolean;
  readModelsCaughtUp: boolean;
}

const PAYLOAD = 'id revision globalPosition alreadyApplied readModelsCaughtUp';

/** `mutation X($input: XInput!) { x(input: $input) { ...payload } }` for a command's mutation. */
const mutation = (name: string, type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`) => {
  return `mutation Send($input: ${type}!) { ${name}(input: $input) { ${PAYLOAD} } }`;
};

const TRAIL = `query Trail($partnershipId: String, $streamId: String) {
  auditLog(first: 100, partnershipId: $partnershipId, streamId: $streamId) {
    edges { node { eventType streamId actor } }
  }
}`;

/** The event types a partnership's trail shows from these features, in log order. */
const OWN_EVENTS = /^(Commitment|BoardMeeting|Decision|Engagement)/;

/** Dates in the past, so that no rule about the future refuses them whenever the test runs. */
const MEETING_DATE = '2024-05-14';
const LATER_MEETING_DATE = '2024-09-10';

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(sequence += 1)}`;

/** The partnership, its partners and board, and an agreed agreement with one local outcome. */
interface Setting {
  readonly partnershipId: string;
  readonly agreementId: string;
  readonly localOutcomeId: string;
  readonly meetingId: string;
  readonly chair: string;
  readonly member: string;
}

const COUNCIL = 'council';
const NHS = 'nhs';
const TSI = 'tsi';

describe.each(apiBackends)('commitment, meeting and engagement mutations on %s', (_name, start) => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await start();
  });

  afterAll(async () => {
    await api.stop();
  });

  /** The board seat mutations share one input type; every other input is named after its mutation. */
  const send = (name: string, input: Record<string, unknown>) =>
    graphql<Record<string, Payload>>(
      api.url,
      mutation(name, name.startsWith('appointBoard') ? 'AppointBoardSeatInput' : undefined),
      { input },
    );

  /** Sends a mutation that must succeed and returns its payload. */
  const ok = async (name: string, input: Record<string, unknown>): Promise<Payload> => {
    const result = await send(name, input);
    if (result.errors?.length || !result.data?.[name]) {
      throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
    }
    return result.data[name];
  };

  const trail = async (filter: { partnershipId?: string; streamId?: string }) => {
    const result = await graphql<{
      auditLog: { edges: { node: { eventType: string; streamId: string; actor: string } }[] };
    }>(api.url, TRAIL, filter);
    return result.data?.auditLog.edges.map((edge) => edge.node) ?? [];
  };

  const ownEvents = async (partnershipId: string) =>
    (await trail({ partnershipId }))
      .map((event) => event.eventType)
      .filter((type) => OWN_EVENTS.test(type));

  const errorOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions;

  async function aSetting(): Promise<Setting> {
    const partnershipId = unique('orkney');
    const frameworkVersionId = unique('npf');
    const agreementId = unique('soa');
    const localOutcomeId = 'lo-isles-jobs';
    const chair = 'p-chair';
    const member = 'p-member';
    const of = { partnershipId };
    await ok('establishPartnership', {
      ...of,
      name: 'Orkney Partnership',
      councilArea: 'Orkney Islands',
      quorum: { minimumMembersPresent: 2, chairMustAttend: true },
    });
    for (const [partnerId, sector] of [
      [COUNCIL, 'council'],
      [NHS, 'health_board'],
      [TSI, 'third_sector'],
    ] as const) {
      await ok('admitPartner', { ...of, partnerId, organisation: partnerId, sector });
    }
    await ok('appointBoardChair', { ...of, personId: chair, name: 'Magnus Flett' });
    await ok('appointBoardMember', { ...of, personId: member, name: 'Ingrid Linklater' });
    await ok('appointBoardMember', { ...of, personId: 'p-absent', name: 'Tom Rendall' });

    await agreeAnAgreement(ok, {
      partnershipId,
      councilPartnerId: COUNCIL,
      frameworkVersionId,
      agreementId,
      localOutcomeId,
    });

    const meetingId = unique('board');
    const held = await ok('holdBoardMeeting', {
      meetingId,
      partnershipId,
      date: MEETING_DATE,
      location: 'Council Offices, Kirkwall',
      attendees: [chair, member],
      otherAttendees: [{ name: 'Gillian Morrison', role: 'Partnership officer' }],
      apologies: ['p-absent'],
    });
    expect(held).toMatchObject({ id: meetingId, revision: '0', alreadyApplied: false });
    return { partnershipId, agreementId, localOutcomeId, meetingId, chair, member };
  }

  /** A joint commitment of the council and NHS: £30m, more than a 32-bit Int holds in pence. */
  const jointProposal = (setting: Setting, commitmentId: string) => ({
    partnershipId: setting.partnershipId,
    commitmentId,
    agreementId: setting.agreementId,
    localOutcomeId: setting.localOutcomeId,
    action: 'Open three employability hubs on the North Isles',
    parties: [
      {
        partnerId: COUNCIL,
        money: { minorUnits: 2_000_000_000, currency: 'GBP' },
        staffFte: 1.5,
        effortPercent: 60,
      },
      {
        partnerId: NHS,
        money: { minorUnits: 1_000_000_000, currency: 'GBP' },
        staffFte: 1,
        effortPercent: 40,
      },
    ],
    leadPartnerId: COUNCIL,
    resources: {
      money: { minorUnits: 3_000_000_000, currency: 'GBP' },
      fundingStream: 'Fairer Scotland Fund',
      staffFte: 2.5,
      inKind: 'Rooms in the isles schools',
    },
    dueDate: '2030-03-31',
    accountableOfficer: { name: 'Sandy Rendall', role: 'Head of Economic Development' },
  });

  /** Records a carried decision about a commitment at the setting's meeting. */
  const decide = (
    setting: Setting,
    decisionId: string,
    kind: string,
    commitmentId: string,
    extra: Record<string, unknown> = {},
    meetingId = setting.meetingId,
  ) =>
    ok('recordDecision', {
      meetingId,
      partnershipId: setting.partnershipId,
      decisionId,
      kind,
      subjects: [{ kind: 'commitment', id: commitmentId }],
      rationale: 'The board considered the paper and agreed.',
      takingPart: [setting.chair, setting.member],
      vote: { for: 2, against: 0, abstain: 0 },
      ...extra,
    });

  it('carries a joint commitment from proposal to delivery, each change by the rules', async () => {
    const setting = await aSetting();
    const { partnershipId, meetingId } = setting;
    const commitmentId = unique('c-hubs');
    const about = { partnershipId, commitmentId };

    const proposed = await ok('proposeCommitment', jointProposal(setting, commitmentId));
    expect(proposed).toMatchObject({
      id: commitmentId,
      revision: '0',
      alreadyApplied: false,
      readModelsCaughtUp: true,
    });
    expect(proposed.globalPosition).toMatch(/^\d+$/);

    const acceptance = { ...about, decision: { meetingId, decisionId: 'd-accept' } };
    const undecided = await send('acceptCommitment', acceptance);
    expect(errorOf(undecided)).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'AcceptanceNeedsADecisionToAccept',
      field: 'decision',
    });

    const decided = await decide(setting, 'd-accept', 'accept_commitment', commitmentId, {
      actions: [
        {
          actionId: 'a-hub-sites',
          description: 'Agree the three hub sites with the isles community councils',
          owner: { kind: 'partner', id: COUNCIL },
          dueDate: '2024-07-31',
        },
      ],
    });
    expect(decided).toMatchObject({ id: meetingId, revision: '1', alreadyApplied: false });

    const accept = { ...acceptance, commandId: `accept-${commitmentId}` };
    const accepted = await ok('acceptCommitment', accept);
    expect(accepted).toMatchObject({ id: commitmentId, revision: '1', alreadyApplied: false });
    const retried = await ok('acceptCommitment', accept);
    expect(retried).toEqual({ ...accepted, alreadyApplied: true });

    const period = { start: '2024-04-01', end: '2024-06-30' };
    const unevidenced = await send('reportCommitmentProgress', {
      ...about,
      status: 'at_risk',
      note: 'One site has no lease yet',
      period,
    });
    expect(errorOf(unevidenced)).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'SlippingCommitmentNeedsEvidence',
    });
    expect(
      await ok('reportCommitmentProgress', {
        ...about,
        status: 'on_track',
        note: 'Sites agreed on Sanday and Westray',
        period,
      }),
    ).toMatchObject({ id: commitmentId, revision: '2' });
    expect(
      await ok('reportCommitmentProgress', {
        ...about,
        status: 'at_risk',
        note: 'The Stronsay lease is delayed',
        evidenceUrl: 'https://example.org/orkney/hubs/q2-report',
        period: { start: '2024-07-01', end: '2024-09-30' },
      }),
    ).toMatchObject({ revision: '3' });

    const laterMeeting = unique('board');
    await ok('holdBoardMeeting', {
      meetingId: laterMeeting,
      partnershipId,
      date: LATER_MEETING_DATE,
      location: 'Community Hall, Sanday',
      attendees: [setting.chair, setting.member],
      apologies: [],
    });
    await decide(
      setting,
      'd-revise',
      'approve_commitment_revision',
      commitmentId,
      { vote: null },
      laterMeeting,
    );
    const revised = await ok('reviseCommitment', {
      ...about,
      decision: { meetingId: laterMeeting, decisionId: 'd-revise' },
      changes: {
        dueDate: '2031-03-31',
        accountableOfficer: { name: 'Karen Scott', role: 'Director of Enterprise' },
      },
    });
    expect(revised).toMatchObject({ id: commitmentId, revision: '4', alreadyApplied: false });

    expect(
      await ok('completeDecisionAction', {
        meetingId,
        partnershipId,
        actionId: 'a-hub-sites',
        completedOn: '2024-07-15',
        note: 'All three sites agreed',
      }),
    ).toMatchObject({ id: meetingId, revision: '2' });

    const delivered = await ok('recordCommitmentDelivery', {
      ...about,
      deliveredOn: '2024-12-02',
      note: 'All three hubs open',
      evidenceUrl: 'https://example.org/orkney/hubs/opened',
    });
    expect(delivered).toMatchObject({ id: commitmentId, revision: '5' });
    const afterClosure = await send('reportCommitmentProgress', {
      ...about,
      status: 'on_track',
      note: 'Still going',
      period,
    });
    expect(errorOf(afterClosure)).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'ProgressCannotBeReportedAfterClosure',
    });

    expect(await ownEvents(partnershipId)).toEqual([
      'BoardMeetingHeld',
      'CommitmentProposed',
      'DecisionRecorded',
      'CommitmentAccepted',
      'CommitmentProgressReported',
      'CommitmentProgressReported',
      'BoardMeetingHeld',
      'DecisionRecorded',
      'CommitmentRevised',
      'DecisionActionCompleted',
      'CommitmentDelivered',
    ]);
    const commitmentTrail = await trail({ streamId: commitmentStreamId(commitmentId) });
    expect(commitmentTrail).toHaveLength(6);
    // The actor comes from the request, as for every other mutation, never from the input.
    const [established] = await trail({ partnershipId });
    expect(new Set(commitmentTrail.map((event) => event.actor))).toEqual(
      new Set([established?.actor]),
    );
  });

  it('withdraws a second commitment, and records how engagement shaped it', async () => {
    const setting = await aSetting();
    const { partnershipId, agreementId } = setting;
    const commitmentId = unique('c-transport');
    const about = { partnershipId, commitmentId };
    await ok('proposeCommitment', jointProposal(setting, commitmentId));

    const byAParty = await send('withdrawCommitment', {
      ...about,
      partnerId: NHS,
      reason: 'Our budget was cut',
    });
    expect(errorOf(byAParty)).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'OnlyTheLeadPartyCanWithdrawTheCommitment',
    });
    expect(
      await ok('withdrawCommitment', {
        ...about,
        partnerId: COUNCIL,
        reason: 'The ferry timetable review makes the hubs unreachable',
      }),
    ).toMatchObject({ id: commitmentId, revision: '1', alreadyApplied: false });

    const activityId = unique('eng');
    const activity = { activityId, partnershipId };
    expect(
      await ok('recordEngagementActivity', {
        ...activity,
        agreementId,
        held: { from: '2024-02-05', to: '2024-02-23' },
        method: 'public_meeting',
        participants: [
          {
            name: 'Sanday Community Council',
            kind: 'community_council',
            representsDisadvantagedPeople: false,
          },
          {
            name: 'Voluntary Action Orkney',
            kind: 'third_sector',
            partnerId: TSI,
            representsDisadvantagedPeople: true,
          },
        ],
        peopleReached: 140,
        summary: 'Isles residents asked for work closer to home.',
      }),
    ).toMatchObject({ id: activityId, revision: '0', alreadyApplied: false });

    const influence = {
      ...activity,
      influenceId: 'inf-hubs',
      target: { kind: 'commitment', id: commitmentId, agreementId },
      whatChanged: 'The hubs were planned for the isles rather than Kirkwall.',
      commandId: `influence-${activityId}`,
    };
    const influenced = await ok('recordEngagementInfluence', influence);
    expect(influenced).toMatchObject({ id: activityId, revision: '1', alreadyApplied: false });
    expect(await ok('recordEngagementInfluence', influence)).toEqual({
      ...influenced,
      alreadyApplied: true,
    });
    const nowhere = await send('recordEngagementInfluence', {
      ...activity,
      influenceId: 'inf-nowhere',
      target: { kind: 'commitment', id: 'no-such-commitment', agreementId },
      whatChanged: 'Nothing real.',
    });
    expect(errorOf(nowhere)).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'InfluenceMustPointAtSomethingThatExists',
    });

    expect(
      await ok('recordEngagementFeedbackGiven', {
        ...activity,
        givenOn: '2024-03-15',
        channel: 'newsletter',
        text: 'You said work closer to home; the hubs were planned for the isles.',
      }),
    ).toMatchObject({ id: activityId, revision: '2' });

    expect(await ownEvents(partnershipId)).toEqual([
      'BoardMeetingHeld',
      'CommitmentProposed',
      'CommitmentWithdrawn',
      'EngagementActivityRecorded',
      'EngagementInfluenceRecorded',
      'EngagementFeedbackGiven',
    ]);
  });

  it('rejects, flags and clears, and lapses commitments by the board', async () => {
    const setting = await aSetting();
    const { partnershipId, meetingId } = setting;
    const rejectedId = unique('c-rejected');
    const flaggedId = unique('c-flagged');
    const lapsedId = unique('c-lapsed');
    await ok('proposeCommitment', jointProposal(setting, rejectedId));
    await ok('proposeCommitment', jointProposal(setting, flaggedId));
    await ok('proposeCommitment', { ...jointProposal(setting, lapsedId), dueDate: '2024-01-31' });

    await decide(setting, 'd-reject', 'reject_commitment', rejectedId);
    expect(
      await ok('rejectCommitment', {
        partnershipId,
        commitmentId: rejectedId,
        decision: { meetingId, decisionId: 'd-reject' },
        reason: 'Duplicates the college’s programme',
      }),
    ).toMatchObject({ id: rejectedId, revision: '1' });

    const flagged = { partnershipId, commitmentId: flaggedId, partnerId: NHS };
    expect(
      await ok('flagCommitmentForBoard', {
        ...flagged,
        reason: 'NHS Orkney asked the board to review its share',
      }),
    ).toMatchObject({ id: flaggedId, revision: '1' });
    await decide(setting, 'd-hold', 'hold_partner_to_account', flaggedId);
    expect(
      await ok('clearCommitmentFlag', {
        ...flagged,
        decision: { meetingId, decisionId: 'd-hold' },
      }),
    ).toMatchObject({ id: flaggedId, revision: '2' });

    expect(
      await ok('markCommitmentLapsed', { partnershipId, commitmentId: lapsedId }),
    ).toMatchObject({ id: lapsedId, revision: '1' });
    const notDue = await send('markCommitmentLapsed', { partnershipId, commitmentId: flaggedId });
    expect(errorOf(notDue)).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'CommitmentLapsesOnlyAfterItsDueDate',
    });

    const inquorate = unique('board');
    await ok('holdBoardMeeting', {
      meetingId: inquorate,
      partnershipId,
      date: LATER_MEETING_DATE,
      location: 'Kirkwall',
      attendees: [setting.member],
      apologies: [setting.chair],
    });
    const withoutQuorum = await send('recordDecision', {
      meetingId: inquorate,
      partnershipId,
      decisionId: 'd-1',
      kind: 'other',
      subjects: [],
      rationale: 'Noted.',
      takingPart: [setting.member],
    });
    expect(errorOf(withoutQuorum)).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'DecisionNeedsAQuorateMeeting',
    });

    expect(await ownEvents(partnershipId)).toEqual([
      'BoardMeetingHeld',
      'CommitmentProposed',
      'CommitmentProposed',
      'CommitmentProposed',
      'DecisionRecorded',
      'CommitmentRejected',
      'CommitmentFlaggedForBoard',
      'DecisionRecorded',
      'CommitmentFlagCleared',
      'CommitmentLapsed',
      'BoardMeetingHeld',
    ]);
  });

  it('refuses malformed input with VALIDATION_FAILED naming each field, and writes nothing', async () => {
    const setting = await aSetting();
    const commitmentId = unique('c-malformed');
    const proposal = jointProposal(setting, commitmentId);
    const [council, nhs] = proposal.parties;
    const result = await send('proposeCommitment', {
      ...proposal,
      parties: [
        { ...council, money: { minorUnits: 2_000_000_000.5, currency: 'gbp' } },
        { ...nhs, partnerId: 'no spaces please', effortPercent: 40.125 },
      ],
      resources: { ...proposal.resources, money: { minorUnits: 2 ** 53, currency: 'GBP' } },
      dueDate: 'next spring',
    });

    expect(errorOf(result)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'parties.0.money.minorUnits' }),
        expect.objectContaining({ field: 'parties.0.money.currency' }),
        expect.objectContaining({ field: 'parties.1.partnerId' }),
        expect.objectContaining({ field: 'parties.1.effortPercent' }),
        expect.objectContaining({ field: 'resources.money.minorUnits' }),
        expect.objectContaining({ field: 'dueDate' }),
      ]),
    });
    expect(await trail({ streamId: commitmentStreamId(commitmentId) })).toHaveLength(0);

    const decision = await send('recordDecision', {
      meetingId: setting.meetingId,
      partnershipId: setting.partnershipId,
      decisionId: 'd-malformed',
      kind: 'vote_of_confidence',
      subjects: [{ kind: 'ferry', id: 'mv-earl-thorfinn' }],
      rationale: '',
      takingPart: [setting.chair],
      vote: { for: -1, against: 0, abstain: 0 },
    });
    expect(errorOf(decision)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'kind' }),
        expect.objectContaining({ field: 'subjects.0.kind' }),
        expect.objectContaining({ field: 'rationale' }),
        expect.objectContaining({ field: 'vote.for' }),
      ]),
    });

    const activity = await send('recordEngagementActivity', {
      activityId: unique('eng'),
      partnershipId: setting.partnershipId,
      held: { from: '5 February' },
      method: 'door_knocking',
      participants: [],
      peopleReached: -3,
      summary: 'Spoke to people.',
    });
    expect(errorOf(activity)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'held.from' }),
        expect.objectContaining({ field: 'method' }),
        expect.objectContaining({ field: 'peopleReached' }),
      ]),
    });

    expect(await ownEvents(setting.partnershipId)).toEqual(['BoardMeetingHeld']);
  });
});
