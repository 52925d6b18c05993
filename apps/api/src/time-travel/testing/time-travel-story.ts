import type { SendMutation } from '../../testing/agreed-agreement';

/** The ids of one run of the story: a partnership, its agreement and one joint commitment. */
export interface StoryIds {
  readonly partnershipId: string;
  readonly frameworkVersionId: string;
  readonly agreementId: string;
  readonly commitmentId: string;
  readonly meetingId: string;
}

export const COUNCIL = 'council';
export const NHS = 'nhs';
export const CHAIR = 'p-chair';
export const MEMBER = 'p-member';
export const LOCAL_OUTCOME = 'lo-isles-jobs';
export const AMENDMENT_DECISION = 'd-amend';

export interface StoryStep {
  readonly title: string;
  /** Sends its mutations; `asChair` sends as the board chair, another actor than the default. */
  run(ok: SendMutation, asChair: SendMutation): Promise<unknown>;
}

/**
 * A partnership from its establishment to a partner leaving: its agreement drafted, agreed and
 * amended by board decision, and a joint commitment proposed, accepted and reported on. Each
 * step is one command (or two where one needs the other), so the record changes between steps.
 */
export function timeTravelStory(ids: StoryIds): StoryStep[] {
  const { partnershipId, agreementId, commitmentId, meetingId } = ids;
  const agreement = { partnershipId, agreementId };
  const commitment = { partnershipId, commitmentId };
  const step = (title: string, run: StoryStep['run']): StoryStep => ({ title, run });
  return [
    step('establish the partnership', (ok) =>
      ok('establishPartnership', {
        partnershipId,
        name: 'Orkney Partnership',
        councilArea: 'Orkney Islands',
        quorum: { minimumMembersPresent: 2, chairMustAttend: true },
      }),
    ),
    step('admit the council', (ok) =>
      ok('admitPartner', {
        partnershipId,
        partnerId: COUNCIL,
        organisation: 'Orkney Islands Council',
        sector: 'council',
      }),
    ),
    step('admit the health board', (ok) =>
      ok('admitPartner', {
        partnershipId,
        partnerId: NHS,
        organisation: 'NHS Orkney',
        sector: 'health_board',
      }),
    ),
    step('appoint a representative', (ok) =>
      ok('appointRepresentative', {
        partnershipId,
        partnerId: NHS,
        personId: 'p-rep',
        name: 'Sheila Drever',
        role: 'Director of Public Health',
      }),
    ),
    step('appoint the chair', (ok) =>
      ok('appointBoardChair', { partnershipId, personId: CHAIR, name: 'Magnus Flett' }),
    ),
    step('appoint a member', (ok) =>
      ok('appointBoardMember', {
        partnershipId,
        personId: MEMBER,
        name: 'Ingrid Linklater',
        partnerId: NHS,
      }),
    ),
    step('publish the framework and draft the agreement', async (ok) => {
      await ok('publishFrameworkVersion', {
        frameworkVersionId: ids.frameworkVersionId,
        label: 'National Performance Framework',
        publishedOn: '2023-11-14',
        purpose: 'To focus public services on creating a more successful country.',
        strategicObjectives: [{ id: 'wealthier-fairer', title: 'Wealthier and fairer' }],
        nationalOutcomes: [{ id: 'no2', number: 1, title: 'More and better employment' }],
        nationalIndicators: [
          { id: 'ni-employment', title: 'Increase the employment rate', outcomeIds: ['no2'] },
        ],
        localIndicatorMenu: [],
      });
      return ok('draftAgreement', {
        ...agreement,
        kind: 'local_outcomes_improvement_plan',
        title: 'Isles Local Outcomes Improvement Plan',
        frameworkVersionId: ids.frameworkVersionId,
        periodStart: '2024-04-01',
        periodEnd: '2034-03-31',
        councilPartnerId: COUNCIL,
      });
    }),
    step('write the section', (ok) =>
      ok('writeSection', {
        ...agreement,
        nationalOutcomeId: 'no2',
        localPriority: 'Sustain employment in the isles',
        areaProfile: 'An older population spread over twenty inhabited islands.',
        keyLocalCauses: 'Distance from Kirkwall.',
        pastTrends: 'Employment has tracked the Scottish average since 2001.',
        crossReferences: [{ plan: 'Orkney Community Plan', reference: 'Chapter 3' }],
      }),
    ),
    step('add a local outcome', (ok) =>
      ok('addLocalOutcome', {
        ...agreement,
        nationalOutcomeId: 'no2',
        localOutcomeId: LOCAL_OUTCOME,
        title: 'More local jobs on the isles',
        description: 'Employment on the isles keeps pace with the Mainland.',
      }),
    ),
    step('add an intermediate outcome', (ok) =>
      ok('addIntermediateOutcome', {
        ...agreement,
        localOutcomeId: LOCAL_OUTCOME,
        intermediateOutcomeId: 'io-skills',
        title: 'Young people leave school with vocational qualifications',
      }),
    ),
    step('add an indicator', (ok) =>
      ok('addIndicator', {
        ...agreement,
        indicatorId: 'ind-employment',
        outcomeId: 'io-skills',
        title: 'Employment rate',
        source: { kind: 'national', nationalIndicatorId: 'ni-employment' },
        unit: '% of working-age adults',
        baseline: { value: 78.5, date: '2023-12-31' },
        target: { value: 80, date: '2027-03-31' },
        direction: 'increase',
      }),
    ),
    step('submit the agreement', (ok) => ok('submitAgreement', agreement)),
    step('sign for the council', (ok) =>
      ok('signAgreement', {
        ...agreement,
        party: 'council',
        signatory: { name: 'Morag Flett', role: 'Chief Executive' },
        signedOn: '2024-04-20',
      }),
    ),
    step('sign for the government', (ok) =>
      ok('signAgreement', {
        ...agreement,
        party: 'government',
        signatory: { name: 'Iain Drever', role: 'Director, Local Government' },
        signedOn: '2024-04-25',
      }),
    ),
    step('propose a joint commitment', (ok) =>
      ok('proposeCommitment', {
        ...commitment,
        agreementId,
        localOutcomeId: LOCAL_OUTCOME,
        action: 'Open three employability hubs on the North Isles',
        parties: [
          {
            partnerId: COUNCIL,
            money: { minorUnits: 2_000_000, currency: 'GBP' },
            staffFte: 1.5,
            effortPercent: 60,
          },
          {
            partnerId: NHS,
            money: { minorUnits: 1_000_000, currency: 'GBP' },
            staffFte: 1,
            effortPercent: 40,
          },
        ],
        leadPartnerId: COUNCIL,
        resources: {
          money: { minorUnits: 3_000_000, currency: 'GBP' },
          fundingStream: 'Fairer Scotland Fund',
          staffFte: 2.5,
          inKind: null,
        },
        dueDate: '2030-03-31',
        accountableOfficer: { name: 'Sandy Rendall', role: 'Head of Economic Development' },
      }),
    ),
    step('hold a board meeting that decides', async (ok) => {
      const board = { meetingId, partnershipId };
      await ok('holdBoardMeeting', {
        ...board,
        date: '2024-05-14',
        location: 'Council Offices, Kirkwall',
        attendees: [CHAIR, MEMBER],
        apologies: [],
      });
      const decided = {
        rationale: 'The board considered the paper and agreed.',
        takingPart: [CHAIR, MEMBER],
        vote: { for: 2, against: 0, abstain: 0 },
        actions: [],
      };
      await ok('recordDecision', {
        ...board,
        ...decided,
        decisionId: 'd-accept',
        kind: 'accept_commitment',
        subjects: [{ kind: 'commitment', id: commitmentId }],
      });
      return ok('recordDecision', {
        ...board,
        ...decided,
        decisionId: AMENDMENT_DECISION,
        kind: 'approve_amendment',
        subjects: [{ kind: 'agreement', id: agreementId }],
      });
    }),
    step('accept the commitment', (ok) =>
      ok('acceptCommitment', { ...commitment, decision: { meetingId, decisionId: 'd-accept' } }),
    ),
    step('report progress', (ok) =>
      ok('reportCommitmentProgress', {
        ...commitment,
        status: 'on_track',
        note: 'Sites agreed on Sanday and Westray',
        period: { start: '2024-04-01', end: '2024-06-30' },
      }),
    ),
    step('amend the agreement by board decision, as the chair', (_ok, asChair) =>
      asChair('reviseLocalOutcome', {
        ...agreement,
        localOutcomeId: LOCAL_OUTCOME,
        title: 'More local jobs on the isles and in Kirkwall',
        description: 'Employment keeps pace across Orkney.',
        decision: { meetingId, decisionId: AMENDMENT_DECISION },
      }),
    ),
    step('report slipping progress', (ok) =>
      ok('reportCommitmentProgress', {
        ...commitment,
        status: 'at_risk',
        note: 'The Stronsay lease is delayed',
        evidenceUrl: 'https://example.org/orkney/hubs/q2-report',
        period: { start: '2024-07-01', end: '2024-09-30' },
      }),
    ),
    step('the health board leaves, which flags the commitment', (ok) =>
      ok('withdrawPartner', {
        partnershipId,
        partnerId: NHS,
        reason: 'Merged into a regional board',
      }),
    ),
  ];
}
