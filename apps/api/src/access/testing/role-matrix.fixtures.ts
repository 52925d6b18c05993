import type { CommandType, Grant, PermissionCondition, Role } from '@concordat/access-control';
import { aFrameworkVersion, aLocalIndicator, aProposal, SIGNED, WORLD } from './role-matrix.world';

export type Input = Readonly<Record<string, unknown>>;

const of = { partnershipId: WORLD.partnershipId };
const agreed = { ...of, agreementId: WORLD.agreementId };
const draft = { ...of, agreementId: WORLD.draftAgreementId };
const decision = (decisionId: string) => ({ meetingId: WORLD.meetingId, decisionId });
const accepted = { ...of, commitmentId: WORLD.acceptedCommitmentId };
const pending = { ...of, commitmentId: WORLD.pendingCommitmentId };
const activity = { ...of, activityId: WORLD.activityId };

/**
 * One well-formed input per command, naming what the world holds. Whether the command then
 * succeeds or breaks a rule depends on what the cases before it did; either shows that
 * authorization let it through. Typed by command, so a new command cannot be left out.
 */
export const MUTATION_INPUTS: { readonly [T in CommandType]: Input } = {
  PublishFrameworkVersion: aFrameworkVersion('matrix-npf-published'),
  SupersedeFrameworkVersion: {
    frameworkVersionId: WORLD.frameworkVersionId,
    supersededBy: WORLD.nextFrameworkVersionId,
    on: '2024-11-14',
  },

  EstablishPartnership: {
    partnershipId: 'matrix-established',
    name: 'Established Partnership',
    councilArea: 'Shetland Islands',
    quorum: { minimumMembersPresent: 2, chairMustAttend: false },
  },
  SetQuorumRule: { ...of, quorum: { minimumMembersPresent: 2, chairMustAttend: true } },
  AdmitPartner: { ...of, partnerId: 'ferries', organisation: 'Orkney Ferries', sector: 'other' },
  WithdrawPartner: { ...of, partnerId: 'ferries', reason: 'The ferry service left the board' },
  AppointRepresentative: {
    ...of,
    partnerId: WORLD.otherPartyId,
    personId: 'p-rep-nhs',
    name: 'Iain Drever',
    role: 'Director of Public Health',
    contact: { email: 'iain.drever@nhs.example', telephone: '+44 1856 888000' },
  },
  RemoveRepresentative: {
    ...of,
    partnerId: WORLD.otherPartyId,
    personId: 'p-rep-nhs',
    reason: 'Moved to another post',
  },
  AppointBoardChair: { ...of, personId: WORLD.chair, name: 'Magnus Flett' },
  AppointBoardMember: { ...of, personId: 'p-joining', name: 'Gillian Morrison' },
  StandDownBoardMember: { ...of, personId: WORLD.leavingMember, reason: 'Retired' },
  ErasePersonalData: { ...of, personId: 'p-joining', reason: 'Asked to be forgotten' },

  DraftAgreement: {
    ...of,
    agreementId: 'matrix-drafted',
    kind: 'local_outcomes_improvement_plan',
    title: 'Mainland Locality Plan',
    frameworkVersionId: WORLD.nextFrameworkVersionId,
    periodStart: '2025-04-01',
    periodEnd: '2030-03-31',
    councilPartnerId: WORLD.leadPartnerId,
  },
  WriteSection: {
    ...draft,
    nationalOutcomeId: 'no2',
    localPriority: 'Sustain employment in the isles',
    areaProfile: 'An older population spread over twenty inhabited islands.',
    keyLocalCauses: 'Seasonal work and long journeys to the Mainland.',
    pastTrends: 'Employment has tracked the Scottish average since 2001.',
    crossReferences: [{ plan: 'Orkney Community Plan', reference: 'Chapter 3' }],
  },
  AddLocalOutcome: {
    ...draft,
    nationalOutcomeId: 'no2',
    localOutcomeId: 'lo-added',
    title: 'Isles businesses grow',
    description: 'More businesses on the isles employ more people.',
  },
  ReviseLocalOutcome: {
    ...draft,
    localOutcomeId: WORLD.draftLocalOutcomeId,
    title: 'Young people find work on the isles',
    description: 'Fewer young people leave the isles to find work, and more return.',
  },
  RetireLocalOutcome: { ...draft, localOutcomeId: 'lo-added', reason: 'Folded into jobs' },
  AddIntermediateOutcome: {
    ...draft,
    localOutcomeId: WORLD.draftLocalOutcomeId,
    intermediateOutcomeId: 'io-added',
    title: 'Apprenticeships are offered on every isle',
  },
  ReviseIntermediateOutcome: {
    ...draft,
    intermediateOutcomeId: WORLD.draftIntermediateOutcomeId,
    title: 'School leavers and adults gain vocational qualifications',
  },
  RetireIntermediateOutcome: {
    ...draft,
    intermediateOutcomeId: 'io-added',
    reason: 'No provider on the smaller isles',
  },
  AddIndicator: {
    ...draft,
    indicatorId: 'ind-added',
    outcomeId: WORLD.draftLocalOutcomeId,
    ...aLocalIndicator(),
  },
  ReviseIndicator: {
    ...draft,
    indicatorId: WORLD.draftIndicatorId,
    ...aLocalIndicator(),
    target: { value: 45, date: '2029-06-30' },
  },
  RetireIndicator: { ...draft, indicatorId: 'ind-added', reason: 'No local data' },
  SubmitAgreement: draft,
  ReturnAgreementToDraft: { ...draft, reason: 'The government asked for a jobs outcome' },
  SignAgreement: {
    ...draft,
    party: 'council',
    signatory: { name: 'Karen Scott', role: 'Chief Executive' },
    signedOn: '2025-03-20',
  },
  SupersedeAgreement: {
    ...agreed,
    supersededBy: WORLD.draftAgreementId,
    on: '2025-04-01',
    decision: decision(WORLD.amendDecisionId),
  },
  CloseAgreement: {
    ...agreed,
    on: '2025-04-01',
    reason: 'The period ended',
    decision: decision(WORLD.amendDecisionId),
  },

  RecordIndicatorObservation: {
    ...agreed,
    indicatorId: WORLD.indicatorId,
    observationId: 'obs-2025',
    period: '2025',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    value: 79.6,
    source: 'Annual Population Survey',
    publishedOn: '2026-04-15',
  },
  CorrectIndicatorObservation: {
    ...agreed,
    indicatorId: WORLD.indicatorId,
    observationId: 'obs-2024-reweighted',
    supersedes: WORLD.observationId,
    value: 79.3,
    source: 'Annual Population Survey',
    publishedOn: '2025-07-01',
    reason: 'Reweighted to the latest population estimates',
  },

  ProposeCommitment: aProposal('matrix-proposed'),
  ReportCommitmentProgress: {
    ...accepted,
    status: 'on_track',
    note: 'Sites agreed on Sanday and Westray',
    period: { start: '2024-04-01', end: '2024-06-30' },
  },
  RecordCommitmentDelivery: {
    ...accepted,
    deliveredOn: '2024-12-02',
    note: 'All three hubs open',
    evidenceUrl: 'https://example.org/orkney/hubs/opened',
  },
  WithdrawCommitment: {
    ...pending,
    partnerId: WORLD.leadPartnerId,
    reason: 'The ferry timetable makes the hubs unreachable',
  },
  AcceptCommitment: { ...pending, decision: decision(WORLD.acceptDecisionId) },
  RejectCommitment: {
    ...pending,
    decision: decision(WORLD.acceptDecisionId),
    reason: 'Duplicates the college’s programme',
  },
  ReviseCommitment: {
    ...accepted,
    decision: decision(WORLD.reviseDecisionId),
    changes: { dueDate: '2031-03-31' },
  },
  ClearCommitmentFlag: {
    ...accepted,
    partnerId: WORLD.otherPartyId,
    decision: decision(WORLD.holdToAccountDecisionId),
  },
  FlagCommitmentForBoard: {
    ...accepted,
    partnerId: WORLD.leadPartnerId,
    reason: 'The council asked the board to review its share',
  },
  MarkCommitmentLapsed: accepted,

  HoldBoardMeeting: {
    ...of,
    meetingId: 'matrix-board-2',
    date: '2024-09-10',
    location: 'Community Hall, Sanday',
    attendees: [WORLD.chair, WORLD.member],
    apologies: [],
  },
  RecordDecision: {
    ...of,
    meetingId: WORLD.meetingId,
    decisionId: 'd-noted',
    kind: 'other',
    subjects: [],
    rationale: 'Noted the annual report.',
    takingPart: [WORLD.chair, WORLD.member],
    vote: null,
    actions: [],
  },
  CompleteDecisionAction: {
    ...of,
    meetingId: WORLD.meetingId,
    actionId: WORLD.actionId,
    completedOn: '2024-07-15',
    note: 'All three sites agreed',
  },

  RecordEngagementActivity: {
    ...of,
    activityId: 'matrix-workshop',
    held: { from: '2024-03-04' },
    method: 'workshop',
    participants: [
      {
        name: 'Westray Development Trust',
        kind: 'community_body',
        representsDisadvantagedPeople: false,
      },
    ],
    summary: 'Young people asked for apprenticeships on the isles.',
  },
  RecordEngagementInfluence: {
    ...activity,
    influenceId: 'inf-hubs',
    target: { kind: 'commitment', id: WORLD.acceptedCommitmentId, agreementId: WORLD.agreementId },
    whatChanged: 'The hubs were planned for the isles rather than Kirkwall.',
  },
  RecordEngagementFeedbackGiven: {
    ...activity,
    givenOn: '2024-03-15',
    channel: 'newsletter',
    text: 'You said work closer to home; the hubs were planned for the isles.',
  },
};

/** The one grant each role's token holds: partnership roles in the world's partnership. */
export const ROLE_GRANTS: { readonly [R in Role]: Grant } = {
  'platform-admin': { role: 'platform-admin' },
  'government-official': { role: 'government-official' },
  auditor: { role: 'auditor' },
  public: { role: 'public' },
  'partnership-officer': { role: 'partnership-officer', partnershipId: WORLD.partnershipId },
  'partner-representative': {
    role: 'partner-representative',
    partnershipId: WORLD.partnershipId,
    partnerId: WORLD.leadPartnerId,
  },
  'board-chair': { role: 'board-chair', partnershipId: WORLD.partnershipId },
  'board-member': { role: 'board-member', partnershipId: WORLD.partnershipId },
};

/** How a case meets, or breaks, the condition on a permission. */
export interface ConditionFixture {
  /** The input a role whose permission has this condition sends, meeting it. */
  readonly meet: (input: Input) => Input;
  /** Who breaks it and with what: another grant of the same role, or the usual one. */
  readonly breach: { readonly grant?: Grant; readonly input: (input: Input) => Input };
}

const unchanged = (input: Input): Input => input;
const signingFor =
  (party: string) =>
  (input: Input): Input => ({ ...input, party });
const bystanderRepresentative: Grant = {
  role: 'partner-representative',
  partnershipId: WORLD.partnershipId,
  partnerId: WORLD.bystanderPartnerId,
};

export const CONDITIONS: { readonly [C in PermissionCondition]: ConditionFixture } = {
  'speaks for a party to the commitment': {
    meet: unchanged,
    breach: { grant: bystanderRepresentative, input: unchanged },
  },
  'speaks for the partner named': {
    meet: unchanged,
    breach: { grant: bystanderRepresentative, input: unchanged },
  },
  'signs for the government': {
    meet: signingFor('government'),
    breach: { input: signingFor('council') },
  },
  'signs for the council': {
    meet: signingFor('council'),
    breach: { input: signingFor('government') },
  },
};

/** The variables each query is sent with: what the world holds. */
/** Variables known when the test is written, or only once the world is built (the checkpoint). */
export type Variables = Input | (() => Input);

export const QUERY_VARIABLES: Readonly<Record<string, Variables>> = {
  accountabilityMatrix: of,
  accountabilityMatrixAsOf: { ...of, at: { instant: '2100-01-01T00:00:00Z' } },
  agreement: { id: WORLD.agreementId },
  agreementAsOf: { id: WORLD.agreementId, at: { revision: '0' } },
  agreementChanges: { id: WORLD.agreementId, from: { revision: '0' }, to: { revision: '1' } },
  agreements: {},
  annualReport: {
    agreementId: WORLD.agreementId,
    year: 2024,
    asKnownAt: '2100-01-01',
    format: 'CSV',
  },
  auditLog: of,
  checkpointPublicKey: {},
  checkpoints: {},
  consistencyProof: () => ({ fromTreeSize: SIGNED.treeSize, toTreeSize: SIGNED.treeSize }),
  inclusionProof: () => ({ globalPosition: SIGNED.firstPosition }),
  commitment: { id: WORLD.acceptedCommitmentId },
  commitmentAsOf: { id: WORLD.acceptedCommitmentId, at: { revision: '0' } },
  commitments: of,
  decisions: of,
  engagementActivities: of,
  engagementActivity: { id: WORLD.activityId },
  frameworkVersion: { id: WORLD.frameworkVersionId },
  frameworkVersions: {},
  history: { aggregate: { kind: 'AGREEMENT', id: WORLD.agreementId } },
  indicator: { agreementId: WORLD.agreementId, indicatorId: WORLD.indicatorId },
  influencesOn: {
    kind: 'commitment',
    id: WORLD.acceptedCommitmentId,
    agreementId: WORLD.agreementId,
  },
  meeting: { id: WORLD.meetingId },
  meetings: of,
  partnership: { id: WORLD.partnershipId },
  partnershipAsOf: { id: WORLD.partnershipId, at: { revision: '0' } },
  partnerships: {},
  projections: {},
  serverInfo: {},
};
