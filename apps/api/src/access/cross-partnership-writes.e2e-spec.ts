import { EVENT_STORE } from '@concordat/application';
import type { EventStore } from '@concordat/event-store';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, untilProjectionsCaughtUp } from '../testing/graphql-client';
import { testToken } from '../testing/test-tokens';
import {
  commitmentProposal,
  partnershipWithRecords,
  type PartnershipRecords,
} from './testing/partnership-with-records';

/**
 * Every id a mutation takes, pointed at another partnership's record by a member who holds the
 * right role in its own: each answers NOT_FOUND and writes nothing.
 */
type Attempt = (a: PartnershipRecords, b: PartnershipRecords) => Record<string, unknown>;

const ATTEMPTS: Record<string, { mutation: string; input: Attempt }> = {
  "the other partnership's id": {
    mutation: 'draftAgreement',
    input: (_a, b) => ({
      partnershipId: b.partnershipId,
      agreementId: 'new-plan',
      kind: 'local_outcomes_improvement_plan',
      title: 'A plan for someone else',
      frameworkVersionId: 'alpha-npf',
      periodStart: '2024-04-01',
      periodEnd: '2034-03-31',
      councilPartnerId: 'council',
    }),
  },
  "the other partnership's agreement, under its own partnership": {
    mutation: 'addLocalOutcome',
    input: (a, b) => ({
      partnershipId: a.partnershipId,
      agreementId: b.draftAgreementId,
      nationalOutcomeId: 'no2',
      localOutcomeId: 'lo-sneaked-in',
      title: 'An outcome for someone else',
      description: 'Written into another partnership’s plan.',
    }),
  },
  "the other partnership's agreement as the one committed to": {
    mutation: 'proposeCommitment',
    input: (a, b) => ({
      ...commitmentProposal(a, 'alpha-new-commitment'),
      agreementId: b.agreedAgreementId,
    }),
  },
  "the other partnership's commitment": {
    mutation: 'reportCommitmentProgress',
    input: (a, b) => ({
      partnershipId: a.partnershipId,
      commitmentId: b.commitmentId,
      status: 'on_track',
      note: 'All well, says someone else.',
      evidenceUrl: null,
      period: { start: '2024-04-01', end: '2024-06-30' },
    }),
  },
  "the other partnership's board decision as the authority": {
    mutation: 'acceptCommitment',
    input: (a, b) => ({
      partnershipId: a.partnershipId,
      commitmentId: a.commitmentId,
      decision: { meetingId: b.meetingId, decisionId: b.decisionId },
    }),
  },
  "the other partnership's indicator observations": {
    mutation: 'recordIndicatorObservation',
    input: (a, b) => ({
      partnershipId: a.partnershipId,
      agreementId: b.agreedAgreementId,
      indicatorId: b.indicatorId,
      observationId: 'obs-sneaked-in',
      period: '2025-26',
      periodStart: '2025-04-01',
      periodEnd: '2026-03-31',
      value: 99,
      publishedOn: '2026-06-30',
      source: 'Someone else',
    }),
  },
  "the other partnership's agreement as what engagement influenced": {
    mutation: 'recordEngagementInfluence',
    input: (a, b) => ({
      partnershipId: a.partnershipId,
      activityId: a.activityId,
      influenceId: 'influence-sneaked-in',
      target: { kind: 'local_outcome', id: b.localOutcomeId, agreementId: b.agreedAgreementId },
      whatChanged: 'Changed another partnership’s outcome.',
    }),
  },
};

describe("writes that name another partnership's records", () => {
  const [, start] = apiBackends[0]!;
  let api: RunningApi;
  let a: PartnershipRecords;
  let b: PartnershipRecords;
  let memberOfA: string;

  beforeAll(async () => {
    api = await start();
    a = await partnershipWithRecords(api.url, 'alpha');
    b = await partnershipWithRecords(api.url, 'beta');
    await untilProjectionsCaughtUp(api.url);
    // Every writing role of A, so that only the partnership can be what refuses.
    memberOfA = await testToken('user:member-a', [
      { role: 'partnership-officer', partnershipId: a.partnershipId },
      { role: 'board-chair', partnershipId: a.partnershipId },
      { role: 'partner-representative', partnershipId: a.partnershipId, partnerId: 'council' },
    ]);
  });

  afterAll(async () => {
    await api.stop();
  });

  it.each(Object.entries(ATTEMPTS))(
    'answers NOT_FOUND for %s, and writes nothing',
    async (_name, { mutation, input }) => {
      const store = api.app.get<EventStore>(EVENT_STORE);
      const before = await store.headPosition();
      const type = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
      const answer = await graphql(
        api.url,
        `mutation Send($input: ${type}!) { ${mutation}(input: $input) { id } }`,
        { input: input(a, b) },
        { token: memberOfA },
      );

      expect(answer.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(await store.headPosition()).toBe(before);
    },
  );
});
