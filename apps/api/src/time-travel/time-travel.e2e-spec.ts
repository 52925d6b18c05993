import { agreementStreamId } from '@concordat/domain';
import type { SendMutation } from '../testing/agreed-agreement';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, untilProjectionsCaughtUp, type GraphQLResponse } from '../testing/graphql-client';
import { EVERY_WRITING_ROLE, TEST_OPERATOR, testToken } from '../testing/test-tokens';
import {
  AMENDMENT_DECISION,
  LOCAL_OUTCOME,
  timeTravelStory,
  type StoryIds,
} from './testing/time-travel-story';

const AGREEMENT = `id partnershipId kind locality title frameworkVersionId periodStart periodEnd
  councilPartnerId status councilSignature { name role signedOn }
  governmentSignature { name role signedOn } agreedOn amendmentCount supersededBy supersededOn
  closedOn draftedAt lastChangedAt revision
  sections { nationalOutcomeId ordinal written localPriority areaProfile keyLocalCauses pastTrends
    crossReferences { plan reference } }`;
const LOCAL_OUTCOME_FIELDS = 'id nationalOutcomeId title description status';
const INTERMEDIATE_OUTCOME = 'id localOutcomeId title status';
const INDICATOR = `id localOutcomeId intermediateOutcomeId title source { kind id } unit
  baseline { value date } target { value date } direction status`;
const PARTNERSHIP = `id name councilArea quorum { minimumMembersPresent chairMustAttend }
  establishedAt board { personId name partnerId isChair }
  partners { id organisation sector status representatives { personId name role } }`;
const COMMITMENT = `id partnershipId agreementId localOutcomeId action status dueDate
  leadPartnerId acceptedBy { meetingId decisionId } openFlags revision createdAt updatedAt
  parties { partnerId partnerName isLead money { minorUnits currency } staffFte effortPercent }
  resources { money { minorUnits currency } fundingStream staffFte inKind }
  accountableOfficer { name role }
  latestProgress { status note evidenceUrl periodStart periodEnd reportedAt }
  progressReports { eventId revision status note evidenceUrl periodStart periodEnd reportedAt
    reportedBy }`;
const MATRIX = `partnershipId agreementId partners { id name } outcomes { agreementId id title }
  cells { partnerId agreementId localOutcomeId commitments { id status latestProgress }
    pledged { minorUnits currency staffFte } delivered { minorUnits currency staffFte } }`;

/** What the read models show now, one aggregate per request, so that one NOT_FOUND stays its own. */
const LIVE = {
  agreement: `query ($id: String!) { agreement(id: $id) { ${AGREEMENT}
    localOutcomes { ${LOCAL_OUTCOME_FIELDS} intermediateOutcomes { ${INTERMEDIATE_OUTCOME} }
      indicators { ${INDICATOR} } } } }`,
  partnership: `query ($id: String!) { partnership(id: $id) { ${PARTNERSHIP} } }`,
  commitment: `query ($id: String!) { commitment(id: $id) { ${COMMITMENT} } }`,
  accountabilityMatrix: `query ($id: String!) {
    accountabilityMatrix(partnershipId: $id) { ${MATRIX} } }`,
};

const AS_OF = {
  agreementAsOf: `query ($id: String!, $at: AsOfInput!) { agreementAsOf(id: $id, at: $at) {
    ${AGREEMENT} localOutcomes { ${LOCAL_OUTCOME_FIELDS} }
    intermediateOutcomes { ${INTERMEDIATE_OUTCOME} } indicators { ${INDICATOR} } } }`,
  partnershipAsOf: `query ($id: String!, $at: AsOfInput!) {
    partnershipAsOf(id: $id, at: $at) { ${PARTNERSHIP} } }`,
  commitmentAsOf: `query ($id: String!, $at: AsOfInput!) {
    commitmentAsOf(id: $id, at: $at) { ${COMMITMENT} } }`,
  accountabilityMatrixAsOf: `query ($id: String!, $at: AsOfInput!) {
    accountabilityMatrixAsOf(partnershipId: $id, at: $at) { ${MATRIX} } }`,
};

const PARTNERSHIP_REVISION = `query ($id: String!, $at: AsOfInput!) {
  partnershipAsOf(id: $id, at: $at) { revision } }`;

const CHANGES = `query ($id: String!, $from: AsOfInput!, $to: AsOfInput!) {
  agreementChanges(id: $id, from: $from, to: $to) {
    agreementId fromRevision toRevision
    events {
      event { eventId type streamId revision globalPosition actor commandId }
      decision { meetingId decisionId }
      fields { path before after }
      before { revision status }
      after { revision status amendmentCount }
    }
  }
}`;

const TRAIL = `query ($streamId: String!) {
  auditLog(first: 100, streamId: $streamId) {
    edges { node { eventId eventType streamRevision globalPosition actor commandId } }
  }
}`;

type Json = Record<string, unknown>;
type Answer = Json | 'NOT_FOUND';

interface Capture {
  readonly step: string;
  readonly instant: string;
  readonly agreement: Answer;
  readonly partnership: Answer;
  readonly commitment: Answer;
  readonly matrix: Answer;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const byId = (a: Json, b: Json) => String(a['id']).localeCompare(String(b['id']));
const list = (value: unknown) => value as Json[];

/** The live agreement in the snapshot's shape: its outcomes' nested lists flattened. */
function flattened(agreement: Answer): Answer {
  if (agreement === 'NOT_FOUND') return agreement;
  const outcomes = list(agreement['localOutcomes']);
  return {
    ...agreement,
    localOutcomes: outcomes.map(({ intermediateOutcomes: _io, indicators: _i, ...rest }) => rest),
    intermediateOutcomes: outcomes.flatMap((o) => list(o['intermediateOutcomes'])).sort(byId),
    indicators: outcomes.flatMap((o) => list(o['indicators'])).sort(byId),
  };
}

function sorted(agreement: Answer): Answer {
  if (agreement === 'NOT_FOUND') return agreement;
  return {
    ...agreement,
    intermediateOutcomes: [...list(agreement['intermediateOutcomes'])].sort(byId),
    indicators: [...list(agreement['indicators'])].sort(byId),
  };
}

let sequence = 0;

describe.each(apiBackends)('time travel over HTTP on %s', (_name, start) => {
  let api: RunningApi;
  let ids: StoryIds;
  const captures: Capture[] = [];
  let chair: string;

  /** One query's answer: its data, or NOT_FOUND; any other error fails the test. */
  async function answer(query: string, variables: Json, token?: string): Promise<Answer> {
    const response: GraphQLResponse<Record<string, Json>> = await graphql(
      api.url,
      query,
      variables,
      token === undefined ? {} : { token },
    );
    const [error] = response.errors ?? [];
    if (error?.extensions?.['code'] === 'NOT_FOUND') return 'NOT_FOUND';
    const data = Object.values(response.data ?? {})[0];
    if (error || !data) throw new Error(`${query} failed: ${JSON.stringify(response.errors)}`);
    return data;
  }

  const sender =
    (token?: string): SendMutation =>
    async (name, input) => {
      const type = name.startsWith('appointBoard')
        ? 'AppointBoardSeatInput'
        : `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
      const result = await graphql<Record<string, unknown>>(
        api.url,
        `mutation ($input: ${type}!) { ${name}(input: $input) { id revision } }`,
        { input },
        token === undefined ? {} : { token },
      );
      if (result.errors?.length) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
      return result.data?.[name];
    };

  /** What the read models show once everything so far is projected, and the instant it holds. */
  async function capture(step: string): Promise<void> {
    await untilProjectionsCaughtUp(api.url);
    // The store's clock has moved past the last event, and the next one comes after the instant.
    await sleep(5);
    const instant = new Date().toISOString();
    const of = (id: string) => ({ id });
    captures.push({
      step,
      instant,
      agreement: flattened(await answer(LIVE.agreement, of(ids.agreementId))),
      partnership: await answer(LIVE.partnership, of(ids.partnershipId)),
      commitment: await answer(LIVE.commitment, of(ids.commitmentId)),
      matrix: await answer(LIVE.accountabilityMatrix, of(ids.partnershipId)),
    });
    await sleep(5);
  }

  beforeAll(async () => {
    api = await start();
    sequence += 1;
    const suffix = `${Date.now().toString(36)}-${sequence}`;
    ids = {
      partnershipId: `orkney-${suffix}`,
      frameworkVersionId: `npf-${suffix}`,
      agreementId: `loip-${suffix}`,
      commitmentId: `c-hubs-${suffix}`,
      meetingId: `board-${suffix}`,
    };
    chair = await testToken('user:magnus.flett', EVERY_WRITING_ROLE);
    await capture('before anything');
    for (const step of timeTravelStory(ids)) {
      await step.run(sender(), sender(chair));
      await capture(step.title);
    }
  }, 120_000);

  afterAll(async () => {
    await api.stop();
  });

  const asOf = async (at: Json) => {
    const of = (id: string) => ({ id, at });
    return {
      agreement: sorted(await answer(AS_OF.agreementAsOf, of(ids.agreementId))),
      partnership: await answer(AS_OF.partnershipAsOf, of(ids.partnershipId)),
      commitment: await answer(AS_OF.commitmentAsOf, of(ids.commitmentId)),
      matrix: await answer(AS_OF.accountabilityMatrixAsOf, of(ids.partnershipId)),
    };
  };

  it('shows every aggregate at each instant exactly as the read models showed it then', async () => {
    const last = captures.at(-1)!;
    expect(last.agreement).toMatchObject({ status: 'agreed', amendmentCount: 1 });
    expect(last.partnership).toMatchObject({
      partners: [{ status: 'current' }, { status: 'withdrawn', representatives: [{}] }],
    });
    expect(last.commitment).toMatchObject({
      status: 'accepted',
      openFlags: 1,
      latestProgress: { status: 'at_risk' },
    });
    expect((last.matrix as Json)['cells']).toHaveLength(2);
    for (const { step, instant, ...shown } of captures) {
      expect({ step, ...(await asOf({ instant })) }).toEqual({ step, ...shown });
    }
  });

  it('shows each aggregate at each of its revisions as the read models showed it then', async () => {
    for (const { instant, agreement, partnership, commitment } of captures) {
      if (agreement !== 'NOT_FOUND') {
        const at = { revision: agreement['revision'] };
        expect(sorted(await answer(AS_OF.agreementAsOf, { id: ids.agreementId, at }))).toEqual(
          agreement,
        );
      }
      if (commitment !== 'NOT_FOUND') {
        const at = { revision: commitment['revision'] };
        expect(await answer(AS_OF.commitmentAsOf, { id: ids.commitmentId, at })).toEqual(
          commitment,
        );
      }
      if (partnership !== 'NOT_FOUND') {
        // The live partnership has no revision field: the one at the instant names it.
        const { revision } = (await answer(PARTNERSHIP_REVISION, {
          id: ids.partnershipId,
          at: { instant },
        })) as { revision: string };
        expect(
          await answer(AS_OF.partnershipAsOf, { id: ids.partnershipId, at: { revision } }),
        ).toEqual(partnership);
      }
    }
  });

  it('lists exactly the events between two revisions, with actor and decision', async () => {
    const trail = (
      await graphql<{
        auditLog: { edges: { node: Json }[] };
      }>(api.url, TRAIL, { streamId: agreementStreamId(ids.agreementId) })
    ).data!.auditLog.edges.map((edge) => edge.node);
    const agreed = captures.find((c) => c.step === 'sign for the government')!.agreement as Json;
    const from = { revision: agreed['revision'] };
    const to = { revision: String(trail.length - 1) };

    const changes = (await answer(CHANGES, { id: ids.agreementId, from, to })) as Json;

    const events = list(changes['events']);
    const between = trail.filter(
      (e) => BigInt(String(e['streamRevision'])) > BigInt(String(from.revision)),
    );
    expect(events.map((e) => e['event'])).toEqual(
      between.map((e) => ({
        eventId: e['eventId'],
        type: e['eventType'],
        streamId: agreementStreamId(ids.agreementId),
        revision: e['streamRevision'],
        globalPosition: e['globalPosition'],
        actor: e['actor'],
        commandId: e['commandId'],
      })),
    );
    const decision = { meetingId: ids.meetingId, decisionId: AMENDMENT_DECISION };
    expect(
      events.map(({ event, decision: cited, fields }) => [
        (event as Json)['type'],
        (event as Json)['actor'],
        cited,
        fields,
      ]),
    ).toEqual([
      [
        'LocalOutcomeRevised',
        'user:magnus.flett',
        decision,
        [
          {
            path: `localOutcomes.${LOCAL_OUTCOME}.title`,
            before: 'More local jobs on the isles',
            after: 'More local jobs on the isles and in Kirkwall',
          },
          {
            path: `localOutcomes.${LOCAL_OUTCOME}.description`,
            before: 'Employment on the isles keeps pace with the Mainland.',
            after: 'Employment keeps pace across Orkney.',
          },
        ],
      ],
      [
        'AgreementAmended',
        'user:magnus.flett',
        decision,
        [{ path: 'amendments', before: 0, after: 1 }],
      ],
    ]);
    expect(events.map((e) => [e['before'], e['after']])).toEqual([
      [
        { revision: from.revision, status: 'agreed' },
        { revision: String(Number(from.revision) + 1), status: 'agreed', amendmentCount: 0 },
      ],
      [
        { revision: String(Number(from.revision) + 1), status: 'agreed' },
        { revision: to.revision, status: 'agreed', amendmentCount: 1 },
      ],
    ]);
  });

  it('lists the changes between two instants, from nothing before the draft', async () => {
    const [first] = captures;
    const drafted = captures.find((c) => c.agreement !== 'NOT_FOUND')!;
    const submitted = captures.find((c) => c.step === 'submit the agreement')!;

    const fromNothing = (await answer(CHANGES, {
      id: ids.agreementId,
      from: { instant: first!.instant },
      to: { instant: submitted.instant },
    })) as Json;

    expect(fromNothing['fromRevision']).toBeNull();
    expect(list(fromNothing['events']).map((e) => (e['event'] as Json)['type'])).toEqual([
      'AgreementDrafted',
      'SectionWritten',
      'LocalOutcomeAdded',
      'IntermediateOutcomeAdded',
      'IndicatorAdded',
      'AgreementSubmitted',
    ]);
    expect(list(fromNothing['events']).every((e) => e['decision'] === null)).toBe(true);
    expect(list(fromNothing['events'])[0]?.['before']).toBeNull();
    const sinceDraft = (await answer(CHANGES, {
      id: ids.agreementId,
      from: { instant: drafted.instant },
      to: { instant: drafted.instant },
    })) as Json;
    expect(sinceDraft['events']).toEqual([]);
  });

  it('answers NOT_FOUND before an aggregate existed, past its last revision, and out of scope', async () => {
    const [first] = captures;
    const before = { instant: first!.instant };
    for (const query of Object.values(AS_OF)) {
      expect(await answer(query, { id: ids.partnershipId, at: before })).toBe('NOT_FOUND');
    }
    expect(
      await answer(AS_OF.agreementAsOf, { id: ids.agreementId, at: { revision: '999' } }),
    ).toBe('NOT_FOUND');
    const outsider = await testToken('user:elsewhere', [
      { role: 'board-member', partnershipId: 'elsewhere' },
    ]);
    const now = { instant: new Date().toISOString() };
    for (const [query, id] of [
      [AS_OF.agreementAsOf, ids.agreementId],
      [AS_OF.partnershipAsOf, ids.partnershipId],
      [AS_OF.commitmentAsOf, ids.commitmentId],
      [AS_OF.accountabilityMatrixAsOf, ids.partnershipId],
    ] as const) {
      expect(await answer(query, { id, at: now }, outsider)).toBe('NOT_FOUND');
    }
    expect(await answer(CHANGES, { id: ids.agreementId, from: before, to: now }, outsider)).toBe(
      'NOT_FOUND',
    );
  });

  it('lets the auditor read the past, and refuses the public', async () => {
    const auditor = await testToken('user:auditor', [{ role: 'auditor' }]);
    const citizen = await testToken('user:citizen', [{ role: 'public' }]);
    const now = { instant: new Date().toISOString() };
    const variables = { id: ids.agreementId, at: now };

    expect(await answer(AS_OF.agreementAsOf, variables, auditor)).toMatchObject({
      amendmentCount: 1,
    });
    const refused = await graphql(api.url, AS_OF.agreementAsOf, variables, { token: citizen });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses a point that is neither or both, a matrix by revision, and changes backwards', async () => {
    const codeOf = async (query: string, variables: Json) =>
      (await graphql(api.url, query, variables)).errors?.[0]?.extensions?.['code'];
    const id = ids.agreementId;
    const now = new Date().toISOString();

    expect(await codeOf(AS_OF.agreementAsOf, { id, at: {} })).toBe('VALIDATION_FAILED');
    expect(await codeOf(AS_OF.agreementAsOf, { id, at: { instant: now, revision: '1' } })).toBe(
      'VALIDATION_FAILED',
    );
    expect(await codeOf(AS_OF.agreementAsOf, { id, at: { revision: '-1' } })).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      await codeOf(AS_OF.accountabilityMatrixAsOf, {
        id: ids.partnershipId,
        at: { revision: '1' },
      }),
    ).toBe('VALIDATION_FAILED');
    expect(await codeOf(CHANGES, { id, from: { revision: '3' }, to: { revision: '2' } })).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('shows an indicator’s values as known on a day, beside their corrections since', async () => {
    const ok = sender();
    const indicator = {
      partnershipId: ids.partnershipId,
      agreementId: ids.agreementId,
      indicatorId: 'ind-employment',
    };
    const quarter = { source: 'Annual Population Survey', period: '2024-Q1' };
    await ok('recordIndicatorObservation', {
      ...indicator,
      ...quarter,
      observationId: 'obs-q1',
      periodStart: '2024-01-01',
      periodEnd: '2024-03-31',
      value: 78.9,
      publishedOn: '2024-05-01',
    });
    await sender(chair)('correctIndicatorObservation', {
      ...indicator,
      observationId: 'obs-q1-reweighted',
      supersedes: 'obs-q1',
      value: 79.2,
      source: 'Annual Population Survey (reweighted)',
      publishedOn: '2024-07-01',
      reason: 'Reweighted to the mid-year population estimates',
    });
    await ok('recordIndicatorObservation', {
      ...indicator,
      observationId: 'obs-q2',
      period: '2024-Q2',
      periodStart: '2024-04-01',
      periodEnd: '2024-06-30',
      value: 79.5,
      source: 'Annual Population Survey',
      publishedOn: '2024-08-01',
    });
    const query = `query ($agreementId: String!) {
      indicator(agreementId: $agreementId, indicatorId: "ind-employment") {
        observations(asKnownOn: "2024-06-01") { id value }
        valuesAsKnownOn(asKnownOn: "2024-06-01") {
          period correctedSince
          asKnown { observationId value }
          current { observationId value reason recordedBy { type actor revision } }
          publishedSince { observationId publishedOn }
        }
      }
    }`;

    const { indicator: values } = (
      await graphql<{ indicator: Json }>(api.url, query, {
        agreementId: ids.agreementId,
      })
    ).data!;

    expect(values['valuesAsKnownOn']).toEqual([
      {
        period: '2024-Q1',
        correctedSince: true,
        asKnown: { observationId: 'obs-q1', value: 78.9 },
        current: {
          observationId: 'obs-q1-reweighted',
          value: 79.2,
          reason: 'Reweighted to the mid-year population estimates',
          recordedBy: {
            type: 'IndicatorObservationCorrected',
            actor: 'user:magnus.flett',
            revision: '1',
          },
        },
        publishedSince: [{ observationId: 'obs-q1-reweighted', publishedOn: '2024-07-01' }],
      },
      {
        period: '2024-Q2',
        correctedSince: false,
        asKnown: null,
        current: {
          observationId: 'obs-q2',
          value: 79.5,
          reason: null,
          recordedBy: { type: 'IndicatorObservationRecorded', actor: TEST_OPERATOR, revision: '2' },
        },
        publishedSince: [{ observationId: 'obs-q2', publishedOn: '2024-08-01' }],
      },
    ]);
    // What the read model says was known that day is what the events say.
    expect(values['observations']).toEqual([{ id: 'obs-q1', value: 78.9 }]);
  });
});
