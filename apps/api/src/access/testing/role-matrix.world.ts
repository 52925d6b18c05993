import { agreeAnAgreement } from '../../testing/agreed-agreement';
import { graphql } from '../../testing/graphql-client';
import { outcomeOf, send } from './role-matrix.operations';

/** The ids of what the world holds, which the matrix's inputs and queries name. */
export const WORLD = {
  partnershipId: 'matrix-cpp',
  /** Party to both commitments and their lead: the representative in the matrix speaks for it. */
  leadPartnerId: 'council',
  otherPartyId: 'nhs',
  /** A partner party to no commitment: its representative meets no condition. */
  bystanderPartnerId: 'tsi',
  chair: 'p-chair',
  member: 'p-member',
  leavingMember: 'p-leaving',
  representative: 'p-rep',
  frameworkVersionId: 'matrix-npf',
  nextFrameworkVersionId: 'matrix-npf-next',
  /** Agreed, so the public reads it. */
  agreementId: 'matrix-soa',
  localOutcomeId: 'lo-jobs',
  indicatorId: 'ind-employment',
  observationId: 'obs-2024',
  /** Still a draft, so its content changes without a board decision. */
  draftAgreementId: 'matrix-draft',
  draftLocalOutcomeId: 'lo-draft',
  draftIntermediateOutcomeId: 'io-draft',
  draftIndicatorId: 'ind-draft',
  meetingId: 'matrix-board',
  acceptDecisionId: 'd-accept',
  reviseDecisionId: 'd-revise',
  holdToAccountDecisionId: 'd-hold',
  amendDecisionId: 'd-amend',
  actionId: 'a-sites',
  /** Accepted, flagged for the board about the other party. */
  acceptedCommitmentId: 'matrix-hubs',
  /** Proposed, awaiting the board. */
  pendingCommitmentId: 'matrix-pending',
  activityId: 'matrix-survey',
} as const;

const of = { partnershipId: WORLD.partnershipId };

/** A joint proposal of the lead partner and the other party. */
export function aProposal(commitmentId: string): Record<string, unknown> {
  return {
    ...of,
    commitmentId,
    agreementId: WORLD.agreementId,
    localOutcomeId: WORLD.localOutcomeId,
    action: 'Open employability hubs on the North Isles',
    parties: [
      {
        partnerId: WORLD.leadPartnerId,
        money: { minorUnits: 200_000, currency: 'GBP' },
        staffFte: 1.5,
        effortPercent: 60,
      },
      {
        partnerId: WORLD.otherPartyId,
        money: { minorUnits: 100_000, currency: 'GBP' },
        staffFte: 1,
        effortPercent: 40,
      },
    ],
    leadPartnerId: WORLD.leadPartnerId,
    resources: {
      money: { minorUnits: 300_000, currency: 'GBP' },
      fundingStream: 'Fairer Scotland Fund',
      staffFte: 2.5,
    },
    dueDate: '2030-03-31',
    accountableOfficer: { name: 'Sandy Rendall', role: 'Head of Economic Development' },
  };
}

/** A framework version with the one national outcome and indicator the agreements use. */
export function aFrameworkVersion(frameworkVersionId: string): Record<string, unknown> {
  return {
    frameworkVersionId,
    label: 'National Performance Framework',
    publishedOn: '2023-11-14',
    purpose: 'To focus public services on creating a more successful country.',
    strategicObjectives: [{ id: 'wealthier-fairer', title: 'Wealthier and fairer' }],
    nationalOutcomes: [{ id: 'no2', number: 1, title: 'More and better employment' }],
    nationalIndicators: [
      { id: 'ni-employment', title: 'Increase the employment rate', outcomeIds: ['no2'] },
    ],
    localIndicatorMenu: [],
  };
}

/**
 * Through the mutations, with the default token: a partnership with three partners, a board and
 * a representative; an agreed agreement with an observed indicator and a draft one with content;
 * a successor framework version; a quorate meeting whose carried decisions accepted one
 * commitment (which is now flagged) and approve revising it, holding a partner to account and
 * amending the agreement; a second commitment awaiting the board; an engagement activity.
 */
export async function buildRoleMatrixWorld(url: string): Promise<void> {
  const ok = async (name: string, input: Record<string, unknown>): Promise<void> => {
    const response = await send(url, 'mutation', name, { input });
    if (outcomeOf(response) !== 'ok') {
      throw new Error(`${name} failed: ${JSON.stringify(response.errors)}`);
    }
  };
  await ok('establishPartnership', {
    ...of,
    name: 'Role Matrix Partnership',
    councilArea: 'Orkney Islands',
    quorum: { minimumMembersPresent: 2, chairMustAttend: true },
  });
  for (const [partnerId, sector] of [
    [WORLD.leadPartnerId, 'council'],
    [WORLD.otherPartyId, 'health_board'],
    [WORLD.bystanderPartnerId, 'third_sector'],
  ]) {
    await ok('admitPartner', { ...of, partnerId, organisation: `The ${partnerId}`, sector });
  }
  await ok('appointBoardChair', { ...of, personId: WORLD.chair, name: 'Magnus Flett' });
  await ok('appointBoardMember', { ...of, personId: WORLD.member, name: 'Ingrid Linklater' });
  await ok('appointBoardMember', { ...of, personId: WORLD.leavingMember, name: 'Tom Rendall' });
  await ok('appointRepresentative', {
    ...of,
    partnerId: WORLD.leadPartnerId,
    personId: WORLD.representative,
    name: 'Karen Scott',
    role: 'Chief Executive',
  });
  await agreeAnAgreement(ok, {
    partnershipId: WORLD.partnershipId,
    councilPartnerId: WORLD.leadPartnerId,
    frameworkVersionId: WORLD.frameworkVersionId,
    agreementId: WORLD.agreementId,
    localOutcomeId: WORLD.localOutcomeId,
  });
  await ok('publishFrameworkVersion', aFrameworkVersion(WORLD.nextFrameworkVersionId));
  await ok('recordIndicatorObservation', {
    ...of,
    agreementId: WORLD.agreementId,
    indicatorId: WORLD.indicatorId,
    observationId: WORLD.observationId,
    period: '2024',
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    value: 79.1,
    source: 'Annual Population Survey',
    publishedOn: '2025-04-15',
  });
  await draftAnAgreement(ok);
  await ok('holdBoardMeeting', {
    ...of,
    meetingId: WORLD.meetingId,
    date: '2024-05-14',
    location: 'Council Offices, Kirkwall',
    attendees: [WORLD.chair, WORLD.member],
    apologies: [WORLD.leavingMember],
  });
  await ok('proposeCommitment', aProposal(WORLD.acceptedCommitmentId));
  await ok('proposeCommitment', aProposal(WORLD.pendingCommitmentId));
  const decide = (
    decisionId: string,
    kind: string,
    subject: Record<string, string>,
    actions: readonly Record<string, unknown>[] = [],
  ) =>
    ok('recordDecision', {
      ...of,
      meetingId: WORLD.meetingId,
      decisionId,
      kind,
      subjects: [subject],
      rationale: 'The board considered the paper and agreed.',
      takingPart: [WORLD.chair, WORLD.member],
      vote: { for: 2, against: 0, abstain: 0 },
      actions,
    });
  const accepted = { kind: 'commitment', id: WORLD.acceptedCommitmentId };
  await decide(WORLD.acceptDecisionId, 'accept_commitment', accepted, [
    {
      actionId: WORLD.actionId,
      description: 'Agree the hub sites with the community councils',
      owner: { kind: 'partner', id: WORLD.leadPartnerId },
      dueDate: '2024-07-31',
    },
  ]);
  await decide(WORLD.reviseDecisionId, 'approve_commitment_revision', accepted);
  await decide(WORLD.holdToAccountDecisionId, 'hold_partner_to_account', accepted);
  await decide(WORLD.amendDecisionId, 'approve_amendment', {
    kind: 'agreement',
    id: WORLD.agreementId,
  });
  await ok('acceptCommitment', {
    ...of,
    commitmentId: WORLD.acceptedCommitmentId,
    decision: { meetingId: WORLD.meetingId, decisionId: WORLD.acceptDecisionId },
  });
  await ok('flagCommitmentForBoard', {
    ...of,
    commitmentId: WORLD.acceptedCommitmentId,
    partnerId: WORLD.otherPartyId,
    reason: 'The health board asked the board to review its share',
  });
  await ok('recordEngagementActivity', {
    ...of,
    activityId: WORLD.activityId,
    agreementId: WORLD.agreementId,
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
  await signACheckpoint(url);
}

/** A draft agreement with a local outcome, an intermediate outcome and an indicator. */
async function draftAnAgreement(
  ok: (name: string, input: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  const draft = { ...of, agreementId: WORLD.draftAgreementId };
  await ok('draftAgreement', {
    ...draft,
    kind: 'local_outcomes_improvement_plan',
    title: 'Isles Locality Plan',
    frameworkVersionId: WORLD.frameworkVersionId,
    periodStart: '2025-04-01',
    periodEnd: '2030-03-31',
    councilPartnerId: WORLD.leadPartnerId,
  });
  await ok('addLocalOutcome', {
    ...draft,
    nationalOutcomeId: 'no2',
    localOutcomeId: WORLD.draftLocalOutcomeId,
    title: 'Young people find work on the isles',
    description: 'Fewer young people leave the isles to find work.',
  });
  await ok('addIntermediateOutcome', {
    ...draft,
    localOutcomeId: WORLD.draftLocalOutcomeId,
    intermediateOutcomeId: WORLD.draftIntermediateOutcomeId,
    title: 'School leavers gain vocational qualifications',
  });
  await ok('addIndicator', {
    ...draft,
    indicatorId: WORLD.draftIndicatorId,
    outcomeId: WORLD.draftIntermediateOutcomeId,
    ...aLocalIndicator(),
  });
}

/** The signed checkpoint the proof queries prove against, known once the world is built. */
export const SIGNED = { treeSize: '', firstPosition: '' };

async function signACheckpoint(url: string): Promise<void> {
  const signed = await graphql<{ signCheckpoint: { checkpoint: { treeSize: string } } }>(
    url,
    'mutation { signCheckpoint { checkpoint { treeSize } } }',
  );
  const first = await graphql<{ auditLog: { edges: { node: { globalPosition: string } }[] } }>(
    url,
    '{ auditLog(first: 1) { edges { node { globalPosition } } } }',
  );
  SIGNED.treeSize = signed.data?.signCheckpoint.checkpoint.treeSize ?? '';
  SIGNED.firstPosition = first.data?.auditLog.edges[0]?.node.globalPosition ?? '';
  if (!SIGNED.treeSize || !SIGNED.firstPosition) {
    throw new Error(`no checkpoint to prove against: ${JSON.stringify([signed, first])}`);
  }
}

/** An indicator the partnership measures itself. */
export function aLocalIndicator(): Record<string, unknown> {
  return {
    title: 'School leavers with a vocational qualification',
    source: { kind: 'local' },
    unit: '% of school leavers',
    baseline: { value: 31, date: '2024-06-30' },
    target: { value: 40, date: '2029-06-30' },
    direction: 'increase',
  };
}
