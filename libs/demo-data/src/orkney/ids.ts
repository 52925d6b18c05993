import type { DecisionReference } from '@concordat/domain';

/** The ids the Orkney story uses across its chapters, so each chapter can refer to the others. */

export const NPF_2007 = 'npf-2007';
export const NPF_2011 = 'npf-2011';

export const PARTNERSHIP_ID = 'orkney-cpp';
export const AGREEMENT_ID = 'soa-orkney-2008-11';

/** Both ids every agreement and observation command names. */
export const OF_AGREEMENT = { partnershipId: PARTNERSHIP_ID, agreementId: AGREEMENT_ID } as const;

export const PARTNER = {
  council: 'orkney-islands-council',
  nhs: 'nhs-orkney',
  police: 'northern-constabulary',
  fire: 'hi-fire-and-rescue',
  hie: 'highlands-and-islands-enterprise',
  college: 'orkney-college',
  transport: 'hitrans',
  thirdSector: 'voluntary-action-orkney',
  communityCouncils: 'orkney-community-councils-forum',
  government: 'scottish-government',
} as const;

/** People, by person id: representatives, board members and signatories. */
export const PERSON = {
  leader: 'inga-flett',
  chiefExecutive: 'ian-rendall',
  economicDevelopment: 'erlend-spence',
  housing: 'sigrid-muir',
  communityServices: 'gillian-sinclair',
  nhsChair: 'morag-tulloch',
  publicHealth: 'ellen-isbister',
  areaCommander: 'alan-harcus',
  newAreaCommander: 'catriona-drever',
  fireAreaManager: 'grant-scott',
  hieAreaManager: 'fiona-groat',
  principal: 'peter-kirkness',
  transportManager: 'ruth-hourston',
  vaoChiefOfficer: 'linda-stout',
  forumSecretary: 'james-wylie',
  locationDirector: 'alasdair-reid',
} as const;

export const LOCAL_OUTCOME = {
  economy: 'lo-isles-economy',
  youngPeople: 'lo-young-people-destinations',
  smokeFree: 'lo-smoke-free-lives',
  safer: 'lo-safer-communities',
  islesServices: 'lo-isles-keep-services',
  sharedServices: 'lo-shared-support-services',
  /** Added by the amendment of December 2009. */
  warmHomes: 'lo-warm-homes',
} as const;

export const INTERMEDIATE_OUTCOME = {
  quitAttempts: 'io-supported-quit-attempts',
  jointProcurement: 'io-joint-procurement',
} as const;

export const INDICATOR = {
  employment: 'ind-employment-rate',
  claimants: 'ind-jsa-claimants',
  positiveDestinations: 'ind-positive-destinations',
  adultSmoking: 'ind-adult-smoking',
  quits: 'ind-successful-quits',
  dwellingFires: 'ind-accidental-dwelling-fires',
  antisocialBehaviour: 'ind-antisocial-behaviour',
  islesAccess: 'ind-isles-access-to-services',
  sharedSavings: 'ind-shared-services-savings',
  jointContracts: 'ind-joint-contract-spend',
  /** Added by the amendment of December 2009. */
  fuelPoverty: 'ind-fuel-poverty',
} as const;

export const COMMITMENT = {
  smokingCessation: 'c-nhs-smoking-cessation',
  jointSupportServices: 'c-joint-support-services',
  growthBusinesses: 'c-hie-growth-businesses',
  schoolCollege: 'c-college-school-links',
  volunteerTransport: 'c-vao-isles-volunteer-transport',
  ferryReview: 'c-gov-inter-isles-ferry-review',
  homeFireSafety: 'c-fire-home-safety-visits',
  islesServicePoints: 'c-council-isles-service-points',
  promoteOrkney: 'c-council-promote-orkney',
  warmHomes: 'c-council-vao-warm-homes',
} as const;

export const MEETING = {
  april2008: 'board-2008-04-29',
  september2008: 'board-2008-09-16',
  december2008: 'board-2008-12-09',
  june2009: 'board-2009-06-23',
  september2009: 'board-2009-09-29',
  december2009: 'board-2009-12-15',
  february2010: 'board-2010-02-09',
  march2010: 'board-2010-03-23',
  september2010: 'board-2010-09-28',
  september2011: 'board-2011-09-27',
} as const;

const decision = (meetingId: string, decisionId: string): DecisionReference => ({
  meetingId,
  decisionId,
});

/** The board decisions other chapters cite. */
export const DECISION = {
  endorseDraft: decision(MEETING.april2008, 'endorse-draft-soa'),
  acceptHealthAndJointWorking: decision(MEETING.september2008, 'accept-health-and-joint-working'),
  acceptEconomySkillsIsles: decision(MEETING.september2008, 'accept-economy-skills-isles'),
  rejectPromoteOrkney: decision(MEETING.september2008, 'reject-promote-orkney'),
  acceptSecondRound: decision(MEETING.december2008, 'accept-second-round'),
  holdJointWorkingToAccount: decision(MEETING.june2009, 'hold-joint-working-to-account'),
  commissionIslesRoadshow: decision(MEETING.june2009, 'commission-isles-roadshow'),
  acceptAnnualReport2008: decision(MEETING.september2009, 'accept-annual-report-2008-09'),
  reviseJointWorking: decision(MEETING.september2009, 'revise-joint-working'),
  approveWarmHomesAmendment: decision(MEETING.december2009, 'approve-warm-homes-amendment'),
  acceptWarmHomes: decision(MEETING.march2010, 'accept-warm-homes'),
  acceptAnnualReport2009: decision(MEETING.september2010, 'accept-annual-report-2009-10'),
  acceptAnnualReport2010: decision(MEETING.september2011, 'accept-annual-report-2010-11'),
  escalateFerries: decision(MEETING.september2011, 'escalate-inter-isles-ferries'),
} as const;

export const ANNUAL_REPORT = {
  year2008: 'annual-report-2008-09',
  year2009: 'annual-report-2009-10',
  year2010: 'annual-report-2010-11',
} as const;

export const ENGAGEMENT = {
  islesRoadshow: 'isles-roadshow-2009',
} as const;

/** Action ids, unique within their meeting. */
export const ACTION = {
  submitDraft: 'submit-draft-soa',
  recoveryPlan: 'joint-working-recovery-plan',
  ictOptions: 'joint-working-ict-options',
  roadshow: 'isles-roadshow',
  ferriesLetter: 'ferries-letter-to-minister',
} as const;
