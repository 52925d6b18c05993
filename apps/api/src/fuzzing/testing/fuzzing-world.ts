import { agreeAnAgreement } from '../../testing/agreed-agreement';
import { graphql } from '../../testing/graphql-client';
import type { CatalogedMutation } from './mutation-catalogue';
import type { KnownIds } from './scalar-values';

const PARTNERSHIP = 'fuzz-cpp';
const PARTNERS = ['council', 'nhs', 'tsi'];
const PEOPLE = ['p-chair', 'p-member', 'p-rep'];
const AGREEMENT = 'fuzz-loip';
const FRAMEWORK = 'fuzz-npf';
const MEETING = 'fuzz-board';
const COMMITMENTS = ['fuzz-hubs', 'fuzz-pending'];

/**
 * The existing aggregates, by the fields that name them, so that fuzzed ids often hit something
 * real and the rules behind the input checks get exercised. Fields not listed draw from all.
 */
export const FUZZING_WORLD_IDS: KnownIds = {
  partnershipId: [PARTNERSHIP],
  partnerId: PARTNERS,
  councilPartnerId: PARTNERS,
  leadPartnerId: PARTNERS,
  personId: PEOPLE,
  attendees: PEOPLE,
  apologies: PEOPLE,
  takingPart: PEOPLE,
  frameworkVersionId: [FRAMEWORK],
  supersedes: [FRAMEWORK, 'obs-2024'],
  supersededBy: [FRAMEWORK, AGREEMENT],
  agreementId: [AGREEMENT],
  nationalOutcomeId: ['no2'],
  localOutcomeId: ['lo-jobs'],
  outcomeId: ['lo-jobs'],
  indicatorId: ['ind-employment'],
  nationalIndicatorId: ['ni-employment'],
  observationId: ['obs-2024'],
  meetingId: [MEETING],
  decisionId: ['d-accept'],
  actionId: ['a-sites'],
  commitmentId: COMMITMENTS,
  activityId: ['fuzz-survey'],
  commandId: ['fuzz-command-1', 'fuzz-command-2'],
};

/**
 * Through the mutations themselves: a partnership with partners and a board, an agreed agreement
 * with an observed indicator, a meeting that accepted one commitment while another waits, and an
 * engagement activity.
 */
export async function buildFuzzingWorld(
  url: string,
  mutations: readonly CatalogedMutation[],
): Promise<void> {
  const ok = async (name: string, input: Record<string, unknown>): Promise<void> => {
    const mutation = mutations.find((candidate) => candidate.name === name);
    if (!mutation) throw new Error(`the schema has no mutation ${name}`);
    const result = await graphql(url, mutation.document, { input });
    if (result.errors?.length) throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
  };
  const of = { partnershipId: PARTNERSHIP };
  await ok('establishPartnership', {
    ...of,
    name: 'Fuzzing Partnership',
    councilArea: 'Orkney Islands',
    quorum: { minimumMembersPresent: 2, chairMustAttend: true },
  });
  for (const [partnerId, sector] of [
    ['council', 'council'],
    ['nhs', 'health_board'],
    ['tsi', 'third_sector'],
  ]) {
    await ok('admitPartner', { ...of, partnerId, organisation: `The ${partnerId}`, sector });
  }
  await ok('appointBoardChair', { ...of, personId: 'p-chair', name: 'Magnus Flett' });
  await ok('appointBoardMember', { ...of, personId: 'p-member', name: 'Ingrid Linklater' });
  await ok('appointRepresentative', {
    ...of,
    partnerId: 'council',
    personId: 'p-rep',
    name: 'Tom Rendall',
    role: 'Chief Executive',
  });
  await agreeAnAgreement(ok, {
    partnershipId: PARTNERSHIP,
    councilPartnerId: 'council',
    frameworkVersionId: FRAMEWORK,
    agreementId: AGREEMENT,
    localOutcomeId: 'lo-jobs',
  });
  await ok('recordIndicatorObservation', {
    ...of,
    agreementId: AGREEMENT,
    indicatorId: 'ind-employment',
    observationId: 'obs-2024',
    period: '2024',
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    value: 79.1,
    source: 'Annual Population Survey',
    publishedOn: '2025-04-15',
  });
  await ok('holdBoardMeeting', {
    ...of,
    meetingId: MEETING,
    date: '2024-05-14',
    location: 'Council Offices, Kirkwall',
    attendees: ['p-chair', 'p-member'],
    apologies: [],
  });
  for (const commitmentId of COMMITMENTS) await ok('proposeCommitment', aProposal(commitmentId));
  await ok('recordDecision', {
    ...of,
    meetingId: MEETING,
    decisionId: 'd-accept',
    kind: 'accept_commitment',
    subjects: [{ kind: 'commitment', id: COMMITMENTS[0] }],
    rationale: 'The board considered the paper and agreed.',
    takingPart: ['p-chair', 'p-member'],
    vote: { for: 2, against: 0, abstain: 0 },
    actions: [
      {
        actionId: 'a-sites',
        description: 'Agree the hub sites with the community councils',
        owner: { kind: 'partner', id: 'council' },
        dueDate: '2024-07-31',
      },
    ],
  });
  await ok('acceptCommitment', {
    ...of,
    commitmentId: COMMITMENTS[0],
    decision: { meetingId: MEETING, decisionId: 'd-accept' },
  });
  await ok('recordEngagementActivity', {
    ...of,
    activityId: 'fuzz-survey',
    agreementId: AGREEMENT,
    held: { from: '2024-02-05', to: '2024-02-23' },
    method: 'survey',
    participants: [
      {
        name: 'Sanday Community Council',
        kind: 'community_council',
        representsDisadvantagedPeople: false,
      },
    ],
    summary: 'Isles residents asked for work closer to home.',
  });
}

function aProposal(commitmentId: string): Record<string, unknown> {
  return {
    partnershipId: PARTNERSHIP,
    commitmentId,
    agreementId: AGREEMENT,
    localOutcomeId: 'lo-jobs',
    action: 'Open employability hubs on the North Isles',
    parties: [
      {
        partnerId: 'council',
        money: { minorUnits: 200_000, currency: 'GBP' },
        staffFte: 1.5,
        effortPercent: 60,
      },
      {
        partnerId: 'nhs',
        money: { minorUnits: 100_000, currency: 'GBP' },
        staffFte: 1,
        effortPercent: 40,
      },
    ],
    leadPartnerId: 'council',
    resources: {
      money: { minorUnits: 300_000, currency: 'GBP' },
      fundingStream: 'Fairer Scotland Fund',
      staffFte: 2.5,
    },
    dueDate: '2030-03-31',
    accountableOfficer: { name: 'Sandy Rendall', role: 'Head of Economic Development' },
  };
}
