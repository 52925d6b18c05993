import { agreeAnAgreement } from '../../testing/agreed-agreement';
import { graphql } from '../../testing/graphql-client';

/** The ids of one partnership's records, one of each kind a query can be asked about. */
export interface PartnershipRecords {
  readonly partnershipId: string;
  readonly agreedAgreementId: string;
  readonly draftAgreementId: string;
  readonly localOutcomeId: string;
  /** An indicator of the agreed agreement, with one published value. */
  readonly indicatorId: string;
  readonly commitmentId: string;
  readonly meetingId: string;
  readonly decisionId: string;
  /** An engagement activity that informed the agreed agreement and changed its indicator. */
  readonly activityId: string;
}

const COUNCIL = 'council';
const CHAIR = 'person-chair';

/** The input of proposeCommitment: the council commits to the agreed agreement's outcome. */
export function commitmentProposal(records: PartnershipRecords, commitmentId: string) {
  return {
    partnershipId: records.partnershipId,
    agreementId: records.agreedAgreementId,
    commitmentId,
    localOutcomeId: records.localOutcomeId,
    action: 'Open employability hubs on the North Isles',
    parties: [
      {
        partnerId: COUNCIL,
        money: { minorUnits: 100_000, currency: 'GBP' },
        staffFte: 1,
        effortPercent: 100,
      },
    ],
    leadPartnerId: COUNCIL,
    resources: {
      money: { minorUnits: 100_000, currency: 'GBP' },
      fundingStream: 'Fairer Scotland Fund',
      staffFte: 1,
      inKind: null,
    },
    dueDate: '2030-03-31',
    accountableOfficer: { name: 'Sandy Rendall', role: 'Head of Economic Development' },
  };
}

/** Sends one mutation with the test server's default token; it must succeed. */
export function mutationsOf(url: string) {
  return async (name: string, input: Record<string, unknown>, inputType?: string) => {
    const type = inputType ?? `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
    const result = await graphql<Record<string, { id: string }>>(
      url,
      `mutation Send($input: ${type}!) { ${name}(input: $input) { id } }`,
      { input },
    );
    if (result.errors || !result.data?.[name]) {
      throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
    }
  };
}

/** The ids partnershipWithRecords gives partnership `key`'s records: each names `key`. */
export function recordIdsOf(key: string): PartnershipRecords {
  return {
    partnershipId: `${key}-cpp`,
    agreedAgreementId: `${key}-lois`,
    draftAgreementId: `${key}-locality-plan`,
    localOutcomeId: 'lo-jobs',
    indicatorId: 'ind-employment',
    commitmentId: `${key}-hubs`,
    meetingId: `${key}-board-2024-06`,
    decisionId: 'd-1',
    activityId: `${key}-roadshow`,
  };
}

/**
 * Through the mutations: partnership `key` with an agreed agreement (an indicator and its value)
 * and a draft one, a commitment, a board meeting and its decision, and an engagement activity
 * that changed the indicator.
 */
export async function partnershipWithRecords(
  url: string,
  key: string,
): Promise<PartnershipRecords> {
  const ok = mutationsOf(url);
  const records = recordIdsOf(key);
  const { partnershipId } = records;
  const of = { partnershipId };
  await ok('establishPartnership', {
    ...of,
    name: `${key} Partnership`,
    councilArea: `${key} Islands`,
    quorum: { minimumMembersPresent: 1, chairMustAttend: true },
  });
  await ok('admitPartner', {
    ...of,
    partnerId: COUNCIL,
    organisation: `${key} Council`,
    sector: 'council',
  });
  await ok(
    'appointBoardChair',
    { ...of, personId: CHAIR, name: 'Magnus Flett' },
    'AppointBoardSeatInput',
  );
  await agreeAnAgreement(ok, {
    partnershipId,
    councilPartnerId: COUNCIL,
    frameworkVersionId: `${key}-npf`,
    agreementId: records.agreedAgreementId,
    localOutcomeId: records.localOutcomeId,
  });
  const agreed = { ...of, agreementId: records.agreedAgreementId };
  await ok('recordIndicatorObservation', {
    ...agreed,
    indicatorId: records.indicatorId,
    observationId: 'obs-2024-25',
    period: '2024-25',
    periodStart: '2024-04-01',
    periodEnd: '2025-03-31',
    value: 79.1,
    publishedOn: '2025-06-30',
    source: 'Annual Population Survey',
  });
  await ok('draftAgreement', {
    ...of,
    agreementId: records.draftAgreementId,
    kind: 'locality_plan',
    locality: 'North Isles',
    title: 'North Isles Locality Plan',
    frameworkVersionId: `${key}-npf`,
    periodStart: '2025-04-01',
    periodEnd: '2030-03-31',
    councilPartnerId: COUNCIL,
  });
  await ok('proposeCommitment', commitmentProposal(records, records.commitmentId));
  await ok('holdBoardMeeting', {
    ...of,
    meetingId: records.meetingId,
    date: '2024-06-12',
    location: 'Council Offices',
    attendees: [CHAIR],
    apologies: [],
  });
  await ok('recordDecision', {
    ...of,
    meetingId: records.meetingId,
    decisionId: records.decisionId,
    kind: 'commission_work',
    subjects: [{ kind: 'partner', id: COUNCIL }],
    rationale: 'The board asked the council for a paper on isles employment.',
    takingPart: [CHAIR],
  });
  await ok('recordEngagementActivity', {
    ...agreed,
    activityId: records.activityId,
    held: { from: '2024-03-01' },
    method: 'workshop',
    participants: [
      {
        name: 'Sanday Community Council',
        kind: 'community_council',
        representsDisadvantagedPeople: false,
      },
    ],
    peopleReached: 40,
    summary: 'A roadshow round the isles on the draft plan.',
  });
  await ok('recordEngagementInfluence', {
    ...of,
    activityId: records.activityId,
    influenceId: 'influence-1',
    target: {
      kind: 'indicator',
      id: records.indicatorId,
      agreementId: records.agreedAgreementId,
    },
    whatChanged: 'Employment is now reported by isle.',
  });
  return records;
}
