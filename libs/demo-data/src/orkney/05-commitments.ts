import type {
  CommitmentParty,
  CommitmentReportingPeriod,
  CommitmentTerms,
  DecisionReference,
} from '@concordat/domain';
import type { DemoStep } from '../demo-step';
import { ACTOR, Chapter, type Issued } from './chapter';
import { AGREEMENT_ID, COMMITMENT, DECISION, LOCAL_OUTCOME, PARTNER, PARTNERSHIP_ID } from './ids';

const partnershipId = PARTNERSHIP_ID;

/** Pounds as pence, the minor units commitments count money in. */
const pounds = (amount: number) => amount * 100;

/** A party's share: money in pounds, staff in full-time equivalents, effort in percent. */
const share = (
  partnerId: string,
  money: number,
  staffFte: number,
  effortPercent: number,
): CommitmentParty => ({
  partnerId,
  money: { minorUnits: pounds(money), currency: 'GBP' },
  staffFte,
  effortPercent,
});

/** Terms whose resources are the sum of the parties' shares. */
function terms(
  stated: Omit<CommitmentTerms, 'resources'> & {
    fundingStream: string | null;
    inKind: string | null;
  },
): CommitmentTerms {
  const { fundingStream, inKind, ...rest } = stated;
  const minorUnits = stated.parties.reduce((sum, party) => sum + party.money.minorUnits, 0);
  const staffHundredths = stated.parties.reduce(
    (sum, party) => sum + Math.round(party.staffFte * 100),
    0,
  );
  return {
    ...rest,
    resources: {
      money: { minorUnits, currency: 'GBP' },
      fundingStream,
      staffFte: staffHundredths / 100,
      inKind,
    },
  };
}

const WHOLE_PERIOD_2008_09: CommitmentReportingPeriod = { start: '2008-04-01', end: '2009-03-31' };
const WHOLE_PERIOD_2009_10: CommitmentReportingPeriod = { start: '2009-04-01', end: '2010-03-31' };
const WHOLE_PERIOD_2010_11: CommitmentReportingPeriod = { start: '2010-04-01', end: '2011-03-31' };

const EVIDENCE = 'https://evidence.orkney-cpp.example';

const PROPOSALS: readonly {
  commitmentId: string;
  localOutcomeId: string;
  terms: CommitmentTerms;
  issued: Issued;
}[] = [
  {
    commitmentId: COMMITMENT.smokingCessation,
    localOutcomeId: LOCAL_OUTCOME.smokeFree,
    terms: terms({
      action:
        'Run a smoking cessation service with weekly clinics in Kirkwall and Stromness and ' +
        'monthly outreach on every ferry-linked isle, reaching 200 successful quits a year by 2010-11.',
      parties: [share(PARTNER.nhs, 85_000, 2, 100)],
      leadPartnerId: PARTNER.nhs,
      fundingStream: 'NHS Orkney health improvement allocation',
      inKind: 'Clinic rooms in the isles surgeries and the Balfour Hospital',
      dueDate: '2011-03-31',
      accountableOfficer: {
        name: 'Dr Ellen Isbister',
        role: 'Director of Public Health, NHS Orkney',
      },
    }),
    issued: ACTOR.nhs('2008-07-15 10:00'),
  },
  {
    commitmentId: COMMITMENT.jointSupportServices,
    localOutcomeId: LOCAL_OUTCOME.sharedServices,
    terms: terms({
      action:
        'Orkney Joint Working Project: bring the procurement, HR and ICT support services of ' +
        'the council and NHS Orkney together, and test shared property maintenance, patient ' +
        'and service-user transport and catering.',
      parties: [share(PARTNER.council, 140_000, 1.5, 60), share(PARTNER.nhs, 100_000, 1, 40)],
      leadPartnerId: PARTNER.council,
      fundingStream: 'Local Government Settlement (council share); NHS Orkney revenue allocation',
      inKind: 'Office space for the joint project team in the council offices',
      dueDate: '2010-03-31',
      accountableOfficer: {
        name: 'Ian Rendall',
        role: 'Chief Executive, Orkney Islands Council',
      },
    }),
    issued: ACTOR.councilChiefExecutive('2008-07-22 10:00'),
  },
  {
    commitmentId: COMMITMENT.growthBusinesses,
    localOutcomeId: LOCAL_OUTCOME.economy,
    terms: terms({
      action:
        'Account-manage 25 Orkney growth businesses and help local firms win work at the marine ' +
        'energy test sites, creating or keeping 120 jobs.',
      parties: [share(PARTNER.hie, 1_200_000, 3, 100)],
      leadPartnerId: PARTNER.hie,
      fundingStream: 'HIE grant-in-aid',
      inKind: null,
      dueDate: '2011-03-31',
      accountableOfficer: { name: 'Fiona Groat', role: 'Area Manager, HIE Orkney' },
    }),
    issued: ACTOR.hie('2008-08-05 11:00'),
  },
  {
    commitmentId: COMMITMENT.schoolCollege,
    localOutcomeId: LOCAL_OUTCOME.youngPeople,
    terms: terms({
      action:
        'Offer vocational courses to pupils in S4 to S6 in every Orkney school, taught by video ' +
        'link to the isles junior high schools.',
      parties: [share(PARTNER.college, 60_000, 1.5, 100)],
      leadPartnerId: PARTNER.college,
      fundingStream: 'Scottish Funding Council grant',
      inKind: 'Video-conference studios at the college and in the three junior high schools',
      dueDate: '2010-06-30',
      accountableOfficer: { name: 'Peter Kirkness', role: 'Principal, Orkney College' },
    }),
    issued: ACTOR.college('2008-08-12 14:00'),
  },
  {
    commitmentId: COMMITMENT.volunteerTransport,
    localOutcomeId: LOCAL_OUTCOME.islesServices,
    terms: terms({
      action:
        'Recruit and support volunteer drivers on the ferry-linked isles so that residents ' +
        'without a car can reach the ferry, the surgery and the shop.',
      parties: [share(PARTNER.thirdSector, 45_000, 1, 100)],
      leadPartnerId: PARTNER.thirdSector,
      fundingStream: 'Fairer Scotland Fund',
      inKind: 'Volunteer drivers’ time and their own cars',
      dueDate: '2011-03-31',
      accountableOfficer: { name: 'Linda Stout', role: 'Chief Officer, Voluntary Action Orkney' },
    }),
    issued: ACTOR.thirdSector('2008-08-19 10:00'),
  },
  {
    commitmentId: COMMITMENT.promoteOrkney,
    localOutcomeId: LOCAL_OUTCOME.economy,
    terms: terms({
      action: 'Promote Orkney as a good place to do business.',
      parties: [share(PARTNER.council, 0, 0, 100)],
      leadPartnerId: PARTNER.council,
      fundingStream: null,
      inKind: null,
      dueDate: '2011-03-31',
      accountableOfficer: {
        name: 'Erlend Spence',
        role: 'Head of Economic Development, Orkney Islands Council',
      },
    }),
    issued: ACTOR.council('2008-09-02 09:30'),
  },
  {
    commitmentId: COMMITMENT.ferryReview,
    localOutcomeId: LOCAL_OUTCOME.islesServices,
    terms: terms({
      action:
        'Fund and co-chair with the council and HITRANS a review of the inter-isles ferry and ' +
        'air services, with costed options for replacing the oldest ferries.',
      parties: [share(PARTNER.government, 100_000, 0.5, 100)],
      leadPartnerId: PARTNER.government,
      fundingStream: 'Scottish Government transport budget',
      inKind: null,
      dueDate: '2009-12-31',
      accountableOfficer: {
        name: 'Alasdair Reid',
        role: 'Location Director for Orkney, Scottish Government',
      },
    }),
    issued: ACTOR.govOfficial('2008-10-21 10:00'),
  },
  {
    commitmentId: COMMITMENT.homeFireSafety,
    localOutcomeId: LOCAL_OUTCOME.safer,
    terms: terms({
      action:
        'Carry out 1,200 free home fire safety visits, older people living alone and isles ' +
        'households first, fitting smoke alarms where needed.',
      parties: [share(PARTNER.fire, 30_000, 2, 100)],
      leadPartnerId: PARTNER.fire,
      fundingStream: 'Fire and rescue service revenue budget',
      inKind: 'Smoke alarms fitted free of charge',
      dueDate: '2010-03-31',
      accountableOfficer: {
        name: 'Grant Scott',
        role: 'Area Manager, Highlands and Islands Fire and Rescue Service',
      },
    }),
    issued: ACTOR.fire('2008-11-04 10:00'),
  },
  {
    commitmentId: COMMITMENT.islesServicePoints,
    localOutcomeId: LOCAL_OUTCOME.islesServices,
    terms: terms({
      action:
        'Keep a council service point open at least two days a week on each ferry-linked isle, ' +
        'on the days the ferry calls, sharing premises with NHS clinics where possible.',
      parties: [share(PARTNER.council, 180_000, 3, 100)],
      leadPartnerId: PARTNER.council,
      fundingStream: 'Local Government Settlement',
      inKind: 'Council premises on the isles, shared with NHS Orkney clinics',
      dueDate: '2011-03-31',
      accountableOfficer: {
        name: 'Gillian Sinclair',
        role: 'Head of Community Services, Orkney Islands Council',
      },
    }),
    issued: ACTOR.council('2008-11-18 10:00'),
  },
];

/** The warm homes commitment, proposed once the amendment added its outcome. */
const WARM_HOMES = {
  commitmentId: COMMITMENT.warmHomes,
  localOutcomeId: LOCAL_OUTCOME.warmHomes,
  terms: terms({
    action:
      'Offer free energy advice to every household that asks and insulate the lofts and cavity ' +
      'walls of 600 homes in or near fuel poverty, isles households first.',
    parties: [share(PARTNER.council, 400_000, 1, 60), share(PARTNER.thirdSector, 0, 2, 40)],
    leadPartnerId: PARTNER.council,
    fundingStream: 'Scottish Government Home Insulation Scheme',
    inKind: 'Energy advice sessions in community halls on the isles',
    dueDate: '2012-03-31',
    accountableOfficer: { name: 'Sigrid Muir', role: 'Head of Housing, Orkney Islands Council' },
  }),
  issued: ACTOR.council('2010-01-26 10:00'),
};

/**
 * July 2008 to October 2011: partners propose commitments, the board accepts or rejects them,
 * and each partner reports progress until it delivers, withdraws or carries on.
 */
export function commitmentsChapter(): readonly DemoStep[] {
  const chapter = new Chapter(5, 'demo-commitments');
  const officer = ACTOR.officer;

  const propose = (proposal: (typeof PROPOSALS)[number]) =>
    chapter.commitment(
      {
        type: 'ProposeCommitment',
        data: {
          partnershipId,
          commitmentId: proposal.commitmentId,
          agreementId: AGREEMENT_ID,
          localOutcomeId: proposal.localOutcomeId,
          ...proposal.terms,
        },
      },
      proposal.issued,
    );
  const accept = (commitmentId: string, decision: DecisionReference, issued: Issued) =>
    chapter.commitment(
      { type: 'AcceptCommitment', data: { partnershipId, commitmentId, decision } },
      issued,
    );
  const report = (
    commitmentId: string,
    status: 'on_track' | 'at_risk' | 'off_track',
    period: CommitmentReportingPeriod,
    note: string,
    evidence: string | null,
    issued: Issued,
  ) =>
    chapter.commitment(
      {
        type: 'ReportCommitmentProgress',
        data: {
          partnershipId,
          commitmentId,
          status,
          note,
          evidenceUrl: evidence === null ? null : `${EVIDENCE}/${evidence}`,
          period,
        },
      },
      issued,
    );
  const deliver = (
    commitmentId: string,
    deliveredOn: string,
    note: string,
    evidence: string,
    issued: Issued,
  ) =>
    chapter.commitment(
      {
        type: 'RecordCommitmentDelivery',
        data: {
          partnershipId,
          commitmentId,
          deliveredOn,
          note,
          evidenceUrl: `${EVIDENCE}/${evidence}`,
        },
      },
      issued,
    );

  // Summer 2008: the first proposals, for the September board.
  PROPOSALS.slice(0, 6).forEach(propose);
  accept(
    COMMITMENT.smokingCessation,
    DECISION.acceptHealthAndJointWorking,
    officer('2008-09-17 09:00'),
  );
  accept(
    COMMITMENT.jointSupportServices,
    DECISION.acceptHealthAndJointWorking,
    officer('2008-09-17 09:05'),
  );
  accept(
    COMMITMENT.growthBusinesses,
    DECISION.acceptEconomySkillsIsles,
    officer('2008-09-17 09:10'),
  );
  accept(COMMITMENT.schoolCollege, DECISION.acceptEconomySkillsIsles, officer('2008-09-17 09:15'));
  accept(
    COMMITMENT.volunteerTransport,
    DECISION.acceptEconomySkillsIsles,
    officer('2008-09-17 09:20'),
  );
  chapter.commitment(
    {
      type: 'RejectCommitment',
      data: {
        partnershipId,
        commitmentId: COMMITMENT.promoteOrkney,
        decision: DECISION.rejectPromoteOrkney,
        reason:
          'Too vague to hold anyone to: no resources, no milestone and no indicator. The council ' +
          'will bring back a costed proposal.',
      },
    },
    officer('2008-09-17 09:25'),
  );

  // Autumn 2008: the second round, for the December board.
  PROPOSALS.slice(6).forEach(propose);
  accept(COMMITMENT.ferryReview, DECISION.acceptSecondRound, officer('2008-12-10 09:00'));
  accept(COMMITMENT.homeFireSafety, DECISION.acceptSecondRound, officer('2008-12-10 09:05'));
  accept(COMMITMENT.islesServicePoints, DECISION.acceptSecondRound, officer('2008-12-10 09:10'));

  // April 2009: reports on the first year.
  report(
    COMMITMENT.smokingCessation,
    'on_track',
    WHOLE_PERIOD_2008_09,
    'Clinics running in Kirkwall and Stromness; outreach started on nine isles; 142 quits at one month.',
    null,
    ACTOR.nhs('2009-04-28 10:00'),
  );
  report(
    COMMITMENT.jointSupportServices,
    'at_risk',
    WHOLE_PERIOD_2008_09,
    'HR policies aligned, but the shared ICT network is six months late and the joint ' +
      'procurement team is not yet in post.',
    'joint-working/2009-04-progress-report.pdf',
    ACTOR.councilChiefExecutive('2009-04-28 11:00'),
  );
  report(
    COMMITMENT.growthBusinesses,
    'on_track',
    WHOLE_PERIOD_2008_09,
    '19 growth businesses account-managed; four local firms on the test-site supplier list.',
    null,
    ACTOR.hie('2009-04-29 10:00'),
  );
  report(
    COMMITMENT.schoolCollege,
    'on_track',
    WHOLE_PERIOD_2008_09,
    'Seven vocational courses offered; 64 pupils enrolled, 11 of them by video link from the isles.',
    null,
    ACTOR.college('2009-04-29 14:00'),
  );
  report(
    COMMITMENT.volunteerTransport,
    'on_track',
    WHOLE_PERIOD_2008_09,
    '23 volunteer drivers on six isles made 1,140 journeys.',
    null,
    ACTOR.thirdSector('2009-04-30 10:00'),
  );
  report(
    COMMITMENT.ferryReview,
    'at_risk',
    WHOLE_PERIOD_2008_09,
    'The national ferries review now covers the inter-isles routes; a separate study may duplicate it.',
    'ferries/2009-03-national-review-scope.pdf',
    ACTOR.govOfficial('2009-04-30 11:00'),
  );
  report(
    COMMITMENT.homeFireSafety,
    'on_track',
    { start: '2008-12-10', end: '2009-03-31' },
    '410 home fire safety visits and 260 smoke alarms fitted since December.',
    null,
    ACTOR.fire('2009-04-30 14:00'),
  );
  report(
    COMMITMENT.islesServicePoints,
    'on_track',
    { start: '2008-12-10', end: '2009-03-31' },
    'Service points open on eleven isles, seven of them in the same building as the surgery.',
    null,
    ACTOR.council('2009-05-05 10:00'),
  );

  // May 2009: the government withdraws its ferry review commitment.
  chapter.commitment(
    {
      type: 'WithdrawCommitment',
      data: {
        partnershipId,
        commitmentId: COMMITMENT.ferryReview,
        partnerId: PARTNER.government,
        reason:
          'The inter-isles routes are now part of the national ferries review, which the ' +
          'government funds in full; a separate local study would duplicate it. The money ' +
          'has moved to the national review.',
      },
    },
    ACTOR.govOfficial('2009-05-12 10:00'),
  );

  // June 2009: the joint working project is off track, ahead of the June board.
  report(
    COMMITMENT.jointSupportServices,
    'off_track',
    { start: '2009-04-01', end: '2009-06-12' },
    'The ICT contractor has withdrawn; the shared network will not be ready before the due date ' +
      'and no savings will be made in 2009-10.',
    'joint-working/2009-06-exception-report.pdf',
    ACTOR.councilChiefExecutive('2009-06-12 10:00'),
  );

  // September 2009: the board approves the recovery plan as a revision of the commitment.
  chapter.commitment(
    {
      type: 'ReviseCommitment',
      data: {
        partnershipId,
        commitmentId: COMMITMENT.jointSupportServices,
        decision: DECISION.reviseJointWorking,
        changes: {
          parties: [
            share(PARTNER.council, 140_000, 1.25, 50),
            share(PARTNER.nhs, 100_000, 1.25, 50),
          ],
          dueDate: '2011-03-31',
        },
      },
    },
    officer('2009-09-30 09:00'),
  );

  // January to March 2010: the warm homes commitment, under the amended agreement.
  propose(WARM_HOMES);
  accept(COMMITMENT.warmHomes, DECISION.acceptWarmHomes, officer('2010-03-24 09:00'));

  deliver(
    COMMITMENT.homeFireSafety,
    '2010-03-26',
    '1,236 visits made and 790 smoke alarms fitted; every isle visited at least twice.',
    'fire/2010-03-home-safety-visits-summary.pdf',
    ACTOR.fire('2010-04-06 10:00'),
  );

  // April 2010: reports on the second year.
  report(
    COMMITMENT.smokingCessation,
    'at_risk',
    WHOLE_PERIOD_2009_10,
    'Quits rose, but the isles outreach nurse post was vacant for five months and clinics on ' +
      'four isles stopped.',
    'nhs/2010-04-cessation-service-report.pdf',
    ACTOR.nhs('2010-04-27 10:00'),
  );
  report(
    COMMITMENT.jointSupportServices,
    'on_track',
    WHOLE_PERIOD_2009_10,
    'Single ICT service desk live from February; joint procurement team in post; first joint ' +
      'contracts let for stationery, fuel and food.',
    null,
    ACTOR.councilChiefExecutive('2010-04-27 11:00'),
  );
  report(
    COMMITMENT.growthBusinesses,
    'on_track',
    WHOLE_PERIOD_2009_10,
    '24 growth businesses account-managed; 71 jobs created or kept so far.',
    null,
    ACTOR.hie('2010-04-28 10:00'),
  );
  report(
    COMMITMENT.volunteerTransport,
    'at_risk',
    WHOLE_PERIOD_2009_10,
    'Two of the three Sanday drivers have stopped, and no replacements have been found yet.',
    'vao/2010-04-volunteer-driver-review.pdf',
    ACTOR.thirdSector('2010-04-28 14:00'),
  );
  report(
    COMMITMENT.islesServicePoints,
    'on_track',
    WHOLE_PERIOD_2009_10,
    'All eleven service points open on ferry days; opening times now published with the ferry timetable.',
    null,
    ACTOR.council('2010-04-29 10:00'),
  );

  deliver(
    COMMITMENT.schoolCollege,
    '2010-06-30',
    'Vocational courses now part of the senior phase in every Orkney school; 91 pupils took one in 2009-10.',
    'college/2010-06-school-college-evaluation.pdf',
    ACTOR.college('2010-07-06 10:00'),
  );
  report(
    COMMITMENT.warmHomes,
    'on_track',
    { start: '2010-04-01', end: '2010-09-30' },
    '212 homes insulated and 540 households given energy advice in the first six months.',
    null,
    ACTOR.council('2010-10-12 10:00'),
  );

  // April 2011: the agreement's period ends; three commitments are delivered.
  deliver(
    COMMITMENT.smokingCessation,
    '2011-03-31',
    'Service running on the Mainland and every isle; 196 quits in 2010-11, and the service is ' +
      'now funded from NHS Orkney’s core budget.',
    'nhs/2011-04-cessation-service-final-report.pdf',
    ACTOR.nhs('2011-04-26 10:00'),
  );
  deliver(
    COMMITMENT.jointSupportServices,
    '2011-03-31',
    'Shared procurement, HR and ICT services in place; transport and catering options reported; ' +
      'recurring savings of £310,000 a year.',
    'joint-working/2011-03-closure-report.pdf',
    ACTOR.councilChiefExecutive('2011-04-26 11:00'),
  );
  deliver(
    COMMITMENT.growthBusinesses,
    '2011-03-31',
    '27 growth businesses account-managed and 126 jobs created or kept; nine local firms now ' +
      'supply the test sites.',
    'hie/2011-04-orkney-account-management-summary.pdf',
    ACTOR.hie('2011-04-27 10:00'),
  );
  report(
    COMMITMENT.volunteerTransport,
    'on_track',
    WHOLE_PERIOD_2010_11,
    'New drivers recruited on Sanday; 1,420 journeys, and rotas now meet the early and late ferries.',
    null,
    ACTOR.thirdSector('2011-04-27 14:00'),
  );
  report(
    COMMITMENT.islesServicePoints,
    'at_risk',
    WHOLE_PERIOD_2010_11,
    'The Eday service point closed in January when the shop that hosted it closed; a new ' +
      'venue is being sought.',
    'council/2011-04-isles-service-points-review.pdf',
    ACTOR.council('2011-04-28 10:00'),
  );
  report(
    COMMITMENT.warmHomes,
    'on_track',
    { start: '2010-10-01', end: '2011-03-31' },
    '431 homes insulated in total; the Home Insulation Scheme continues into 2011-12.',
    null,
    ACTOR.council('2011-04-28 11:00'),
  );
  report(
    COMMITMENT.warmHomes,
    'on_track',
    { start: '2011-04-01', end: '2011-09-30' },
    '548 homes insulated in total; on course for 600 by March 2012.',
    null,
    ACTOR.council('2011-10-11 10:00'),
  );
  return chapter.steps;
}
