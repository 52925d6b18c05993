import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, type GraphQLResponse } from '../testing/graphql-client';
import { TEST_OPERATOR } from '../testing/test-tokens';

interface Payload {
  id: string;
  revision: string;
  globalPosition: string | null;
  alreadyApplied: boolean;
  readModelsCaughtUp: boolean;
}

interface Trail {
  auditLog: { edges: { node: { eventType: string; streamId: string; actor: string } }[] };
}

const TRAIL = `query Trail($partnershipId: String, $streamId: String) {
  auditLog(first: 100, partnershipId: $partnershipId, streamId: $streamId) {
    edges { node { eventType streamId actor } }
  }
}`;

/** Input types named otherwise than `<Mutation>Input`: both board seats take the same input. */
const INPUT_TYPES: Record<string, string> = {
  appointBoardChair: 'AppointBoardSeatInput',
  appointBoardMember: 'AppointBoardSeatInput',
};

/** `draftAgreement` → its mutation, taking a `DraftAgreementInput`. */
const mutation = (name: string) =>
  `mutation Run($input: ${INPUT_TYPES[name] ?? `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`}!) {
    ${name}(input: $input) { id revision globalPosition alreadyApplied readModelsCaughtUp }
  }`;

const COUNCIL = 'orkney-council';
const CHAIR = 'chair-flett';
const MEMBERS = ['member-drever', 'member-rendall'];

let sequence = 0;
/** Ids of its own for each test, so tests share one server without sharing data. */
function ids() {
  sequence += 1;
  return {
    partnershipId: `orkney-${sequence}`,
    frameworkVersionId: `npf-2007-${sequence}`,
    agreementId: `soa-orkney-${sequence}`,
    meetingId: `board-2009-06-${sequence}`,
  };
}

const employmentRate = {
  title: 'Employment rate',
  source: { kind: 'national', nationalIndicatorId: 'ni-employment' },
  unit: '% of working-age adults',
  baseline: { value: 78.5, date: '2007-12-31' },
  target: { value: 80, date: '2011-03-31' },
  direction: 'increase',
};

describe.each(apiBackends)('agreement mutations over HTTP on %s', (_name, start) => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await start();
  });

  afterAll(async () => {
    await api.stop();
  });

  const run = (name: string, input: Record<string, unknown>) =>
    graphql<Record<string, Payload>>(api.url, mutation(name), { input });

  /** Runs a mutation that must succeed, failing the test with its errors otherwise. */
  const ok = async (name: string, input: Record<string, unknown>): Promise<Payload> => {
    const result: GraphQLResponse<Record<string, Payload>> = await run(name, input);
    const payload = result.data?.[name];
    if (result.errors || !payload) {
      throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
    }
    return payload;
  };

  const eventsOf = async (filter: { partnershipId?: string; streamId?: string }) => {
    const result = await graphql<Trail>(api.url, TRAIL, filter);
    return result.data?.auditLog.edges.map((edge) => edge.node) ?? [];
  };

  /** A published framework version and a partnership with a council partner and a board of 3. */
  async function setUp(id: ReturnType<typeof ids>): Promise<void> {
    await ok('publishFrameworkVersion', {
      frameworkVersionId: id.frameworkVersionId,
      label: '2007 National Performance Framework',
      publishedOn: '2007-11-14',
      purpose: 'To focus government and public services on creating a more successful country.',
      strategicObjectives: [{ id: 'wealthier-fairer', title: 'Wealthier and fairer' }],
      nationalOutcomes: [
        { id: 'no2', number: 1, title: 'We realise our full economic potential' },
        { id: 'no6', number: 2, title: 'We live longer, healthier lives' },
      ],
      nationalIndicators: [
        { id: 'ni-employment', title: 'Increase the employment rate', outcomeIds: ['no2'] },
      ],
      localIndicatorMenu: [
        { id: 'lm-smoking', title: 'Percentage of adults who smoke', outcomeIds: ['no6'] },
      ],
    });
    const { partnershipId } = id;
    await ok('establishPartnership', {
      partnershipId,
      name: 'Orkney Community Planning Partnership',
      councilArea: 'Orkney Islands',
      quorum: { minimumMembersPresent: 3, chairMustAttend: true },
    });
    await ok('admitPartner', {
      partnershipId,
      partnerId: COUNCIL,
      organisation: 'Orkney Islands Council',
      sector: 'council',
    });
    await ok('appointBoardChair', {
      partnershipId,
      personId: CHAIR,
      name: 'Morag Flett',
      partnerId: COUNCIL,
    });
    for (const personId of MEMBERS) {
      await ok('appointBoardMember', { partnershipId, personId, name: personId });
    }
  }

  const draftOf = (id: ReturnType<typeof ids>) => ({
    partnershipId: id.partnershipId,
    agreementId: id.agreementId,
    kind: 'single_outcome_agreement',
    title: 'Orkney Single Outcome Agreement 2008-11',
    frameworkVersionId: id.frameworkVersionId,
    periodStart: '2008-04-01',
    periodEnd: '2011-03-31',
    councilPartnerId: COUNCIL,
  });

  /** A quorate board meeting that approves an amendment to the agreement. */
  async function approveAmendment(
    id: ReturnType<typeof ids>,
    decisionId: string,
  ): Promise<{ meetingId: string; decisionId: string }> {
    const board = [CHAIR, ...MEMBERS];
    await ok('holdBoardMeeting', {
      meetingId: id.meetingId,
      partnershipId: id.partnershipId,
      date: '2009-06-10',
      location: 'Council Chambers, Kirkwall',
      attendees: board,
      apologies: [],
    });
    await ok('recordDecision', {
      meetingId: id.meetingId,
      partnershipId: id.partnershipId,
      decisionId,
      kind: 'approve_amendment',
      subjects: [{ kind: 'agreement', id: id.agreementId }],
      rationale: 'The partnership now has a shared priority on older people’s care.',
      takingPart: board,
      vote: null,
      actions: [],
    });
    return { meetingId: id.meetingId, decisionId };
  }

  it("tells an agreement's story from draft to signature, observation and amendment", async () => {
    const id = ids();
    const of = { partnershipId: id.partnershipId, agreementId: id.agreementId };
    await setUp(id);

    const draft = { ...draftOf(id), commandId: `draft-${id.agreementId}` };
    const drafted = await ok('draftAgreement', draft);
    expect(drafted).toMatchObject({
      id: id.agreementId,
      revision: '0',
      alreadyApplied: false,
      readModelsCaughtUp: true,
    });
    expect(await ok('draftAgreement', draft)).toEqual({ ...drafted, alreadyApplied: true });

    expect(
      await ok('writeSection', {
        ...of,
        nationalOutcomeId: 'no2',
        localPriority: 'Sustain employment in the isles',
        areaProfile: 'An older population spread over twenty inhabited islands.',
        keyLocalCauses: '',
        pastTrends: 'Employment has tracked the Scottish average since 2001.',
        crossReferences: [{ plan: 'Orkney Community Plan 2008', reference: 'Chapter 3' }],
      }),
    ).toMatchObject({ id: id.agreementId, revision: '1' });
    await ok('addLocalOutcome', {
      ...of,
      nationalOutcomeId: 'no2',
      localOutcomeId: 'lo-jobs',
      title: 'More people in the isles are in sustained work',
      description: 'Employment in the isles keeps pace with the mainland.',
    });
    await ok('addIntermediateOutcome', {
      ...of,
      localOutcomeId: 'lo-jobs',
      intermediateOutcomeId: 'io-skills',
      title: 'Young people leave school with vocational qualifications',
    });
    await ok('addIndicator', {
      ...of,
      indicatorId: 'ind-employment',
      outcomeId: 'lo-jobs',
      ...employmentRate,
    });
    await ok('addIndicator', {
      ...of,
      indicatorId: 'ind-qualifications',
      outcomeId: 'io-skills',
      title: 'School leavers with a vocational qualification',
      source: { kind: 'local' },
      unit: '% of school leavers',
      baseline: { value: 31, date: '2007-06-30' },
      target: { value: 40, date: '2010-06-30' },
      direction: 'increase',
    });
    expect(await ok('submitAgreement', of)).toMatchObject({ revision: '6' });

    const council = {
      ...of,
      party: 'council',
      signatory: { name: 'Alistair Buchan', role: 'Chief Executive, Orkney Islands Council' },
      signedOn: '2008-06-12',
    };
    expect(await ok('signAgreement', council)).toMatchObject({ revision: '7' });
    expect(await run('signAgreement', council)).toMatchObject({
      errors: [{ extensions: { code: 'RULE_VIOLATED', rule: 'PartyCannotSignTwice' } }],
    });
    const agreed = await ok('signAgreement', {
      ...of,
      party: 'government',
      signatory: { name: 'Iain Drever', role: 'Director, Local Government' },
      signedOn: '2008-06-20',
    });
    expect(agreed).toMatchObject({ id: id.agreementId, revision: '9', alreadyApplied: false });

    const observation = {
      ...of,
      indicatorId: 'ind-employment',
      observationId: 'obs-aps-2008',
      period: '2008',
      periodStart: '2008-01-01',
      periodEnd: '2008-12-31',
      value: 79.1,
      source: 'Annual Population Survey',
      publishedOn: '2009-04-15',
      commandId: `observe-${id.agreementId}`,
    };
    const recorded = await ok('recordIndicatorObservation', observation);
    expect(recorded).toMatchObject({ id: 'ind-employment', revision: '0', alreadyApplied: false });
    expect(await ok('recordIndicatorObservation', observation)).toEqual({
      ...recorded,
      alreadyApplied: true,
    });
    expect(
      await ok('correctIndicatorObservation', {
        ...of,
        indicatorId: 'ind-employment',
        observationId: 'obs-aps-2008-reweighted',
        supersedes: 'obs-aps-2008',
        value: 79.3,
        source: 'Annual Population Survey',
        publishedOn: '2009-07-01',
        reason: 'Reweighted to the 2008 population estimates',
      }),
    ).toMatchObject({ id: 'ind-employment', revision: '1' });

    const amendment = {
      ...of,
      nationalOutcomeId: 'no6',
      localOutcomeId: 'lo-care',
      title: 'Older people live independently at home for longer',
      description: 'Fewer older people move into care homes before they need to.',
    };
    const unapproved = await run('addLocalOutcome', amendment);
    expect(unapproved.errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'AmendmentMustReferenceABoardDecision',
      field: 'decision',
    });

    const decision = await approveAmendment(id, 'approve-care-outcome');
    expect(await ok('addLocalOutcome', { ...amendment, decision })).toMatchObject({
      id: id.agreementId,
      revision: '11',
      alreadyApplied: false,
    });

    expect((await eventsOf({ partnershipId: id.partnershipId })).map((e) => e.eventType)).toEqual([
      'PartnershipEstablished',
      'PartnerAdmitted',
      'BoardChairAppointed',
      'BoardMemberAppointed',
      'BoardMemberAppointed',
      'AgreementDrafted',
      'SectionWritten',
      'LocalOutcomeAdded',
      'IntermediateOutcomeAdded',
      'IndicatorAdded',
      'IndicatorAdded',
      'AgreementSubmitted',
      'AgreementSigned',
      'AgreementSigned',
      'AgreementAgreed',
      'IndicatorObservationRecorded',
      'IndicatorObservationCorrected',
      'BoardMeetingHeld',
      'DecisionRecorded',
      'LocalOutcomeAdded',
      'AgreementAmended',
    ]);
  });

  it('supersedes an agreed agreement by board decision, after which it no longer changes', async () => {
    const id = ids();
    const of = { partnershipId: id.partnershipId, agreementId: id.agreementId };
    await setUp(id);
    await ok('draftAgreement', draftOf(id));
    await ok('addLocalOutcome', {
      ...of,
      nationalOutcomeId: 'no2',
      localOutcomeId: 'lo-jobs',
      title: 'More people in the isles are in sustained work',
      description: 'Employment in the isles keeps pace with the mainland.',
    });
    await ok('addIndicator', {
      ...of,
      indicatorId: 'ind-employment',
      outcomeId: 'lo-jobs',
      ...employmentRate,
    });
    await ok('submitAgreement', of);
    for (const [party, signedOn] of [
      ['council', '2008-06-12'],
      ['government', '2008-06-20'],
    ]) {
      await ok('signAgreement', {
        ...of,
        party,
        signatory: { name: `For the ${party}`, role: 'Signatory' },
        signedOn,
      });
    }

    const supersession = { ...of, supersededBy: `loip-orkney-${id.agreementId}`, on: '2013-04-01' };
    expect(await run('supersedeAgreement', supersession)).toMatchObject({
      errors: [
        { extensions: { code: 'RULE_VIOLATED', rule: 'AmendmentMustReferenceABoardDecision' } },
      ],
    });
    const decision = await approveAmendment(id, 'approve-loip');
    expect(await ok('supersedeAgreement', { ...supersession, decision })).toMatchObject({
      id: id.agreementId,
      alreadyApplied: false,
    });

    const closed = await run('closeAgreement', {
      ...of,
      reason: 'The period ended',
      on: '2013-04-01',
      decision,
    });
    expect(closed.errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'SupersededOrClosedAgreementCannotChange',
    });
    const trail = await eventsOf({ streamId: `agreement-${id.agreementId}` });
    expect(trail.map((e) => e.eventType).slice(-2)).toEqual([
      'AgreementAgreed',
      'AgreementSuperseded',
    ]);
  });

  it('revises and retires draft content, returns a submission to draft, and closes it', async () => {
    const id = ids();
    const of = { partnershipId: id.partnershipId, agreementId: id.agreementId };
    await setUp(id);
    await ok('draftAgreement', draftOf(id));
    await ok('addLocalOutcome', {
      ...of,
      nationalOutcomeId: 'no6',
      localOutcomeId: 'lo-health',
      title: 'People in the isles live longer, healthier lives',
      description: 'Healthy life expectancy rises across the isles.',
    });
    await ok('addIntermediateOutcome', {
      ...of,
      localOutcomeId: 'lo-health',
      intermediateOutcomeId: 'io-smoking',
      title: 'Fewer adults smoke',
    });
    const smoking = {
      ...of,
      indicatorId: 'ind-smoking',
      title: 'Adults who smoke',
      source: { kind: 'local_menu', menuIndicatorId: 'lm-smoking' },
      unit: '% of adults',
      baseline: { value: 24, date: '2007-12-31' },
      target: { value: 21, date: '2011-03-31' },
      direction: 'decrease',
    };
    await ok('addIndicator', { ...smoking, outcomeId: 'io-smoking' });

    const approved = await run('reviseLocalOutcome', {
      ...of,
      localOutcomeId: 'lo-health',
      title: 'People in the isles live longer, healthier lives',
      description: 'Healthy life expectancy rises fastest where it is lowest.',
      decision: { meetingId: id.meetingId, decisionId: 'not-needed' },
    });
    expect(approved.errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'OnlyAnAgreedAgreementChangesByDecision',
    });
    await ok('reviseLocalOutcome', {
      ...of,
      localOutcomeId: 'lo-health',
      title: 'People in the isles live longer, healthier lives',
      description: 'Healthy life expectancy rises fastest where it is lowest.',
    });
    await ok('reviseIntermediateOutcome', {
      ...of,
      intermediateOutcomeId: 'io-smoking',
      title: 'Fewer adults and young people smoke',
    });
    await ok('reviseIndicator', { ...smoking, target: { value: 20, date: '2011-03-31' } });
    await ok('submitAgreement', of);
    await ok('returnAgreementToDraft', {
      ...of,
      reason: 'The government asked for a jobs outcome',
    });
    await ok('retireIndicator', { ...of, indicatorId: 'ind-smoking', reason: 'No local data' });
    await ok('retireIntermediateOutcome', {
      ...of,
      intermediateOutcomeId: 'io-smoking',
      reason: 'Folded into the health outcome',
    });
    await ok('retireLocalOutcome', {
      ...of,
      localOutcomeId: 'lo-health',
      reason: 'Taken up by the health board’s own plan',
    });
    expect(
      await ok('closeAgreement', {
        ...of,
        reason: 'Abandoned in favour of a LOIP',
        on: '2008-09-30',
      }),
    ).toMatchObject({ id: id.agreementId, revision: '12' });

    const trail = await eventsOf({ streamId: `agreement-${id.agreementId}` });
    expect(trail.map((e) => e.eventType)).toEqual([
      'AgreementDrafted',
      'LocalOutcomeAdded',
      'IntermediateOutcomeAdded',
      'IndicatorAdded',
      'LocalOutcomeRevised',
      'IntermediateOutcomeRevised',
      'IndicatorRevised',
      'AgreementSubmitted',
      'AgreementReturnedToDraft',
      'IndicatorRetired',
      'IntermediateOutcomeRetired',
      'LocalOutcomeRetired',
      'AgreementClosed',
    ]);
    // The actor is the verified token's subject (the tests' operator), never the input's.
    expect(trail.every((e) => e.actor === TEST_OPERATOR)).toBe(true);
  });

  it('refuses malformed input with VALIDATION_FAILED naming each field, and writes nothing', async () => {
    const id = ids();
    const of = { partnershipId: id.partnershipId, agreementId: id.agreementId };

    const indicator = await run('addIndicator', {
      ...of,
      indicatorId: 'ind-employment',
      outcomeId: 'lo-jobs',
      ...employmentRate,
      source: { kind: 'guesswork' },
      baseline: { value: 78.5, date: 'end of 2007' },
      direction: 'up',
      decision: { meetingId: 'board meeting', decisionId: 'd-1' },
    });
    expect(indicator.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'source.kind' }),
        expect.objectContaining({ field: 'baseline.date' }),
        expect.objectContaining({ field: 'direction' }),
        expect.objectContaining({ field: 'decision.meetingId' }),
      ]),
    });

    const section = await run('writeSection', {
      ...of,
      nationalOutcomeId: 'no2',
      localPriority: '',
      areaProfile: '',
      keyLocalCauses: '',
      pastTrends: '',
      crossReferences: [{ plan: 'Orkney Community Plan 2008', reference: '' }],
    });
    expect(section.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'localPriority' }),
        expect.objectContaining({ field: 'crossReferences.0.reference' }),
      ]),
    });

    const observation = await run('recordIndicatorObservation', {
      ...of,
      indicatorId: 'ind-employment',
      observationId: '',
      period: '2008',
      periodStart: 'January 2008',
      periodEnd: '2008-12-31',
      value: 79.1,
      source: 'Annual Population Survey',
      publishedOn: '2009-04-15',
    });
    expect(observation.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'observationId' }),
        expect.objectContaining({ field: 'periodStart' }),
      ]),
    });

    const signature = await run('signAgreement', {
      ...of,
      party: 'minister',
      signatory: { name: '', role: 'Cabinet Secretary' },
      signedOn: '2008-06-20',
    });
    expect(signature.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'party' }),
        expect.objectContaining({ field: 'signatory.name' }),
      ]),
    });

    expect(await eventsOf({ partnershipId: id.partnershipId })).toHaveLength(0);
  });
});
