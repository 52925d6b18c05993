import { ensure } from '@concordat/shared-kernel';
import {
  authorises,
  type DecisionFacts,
  type DecisionKind,
  type DecisionReference,
} from '../shared';
import { FieldRule } from '../shared/field-rules';
import {
  isOpenCommitment,
  type CommitmentState,
  type ExistingCommitment,
  type OpenCommitment,
} from './commitment.state';

/** Every rule of a commitment, named as the sentence it enforces. */
export const CommitmentRule = {
  CannotBeProposedTwice: 'CommitmentCannotBeProposedTwice',
  MustHaveBeenProposed: 'CommitmentMustHaveBeenProposed',
  CommandMustNameTheCommitmentsPartnership: 'CommandMustNameTheCommitmentsPartnership',
  ClosedCommitmentCannotChange: 'ClosedCommitmentCannotChange',

  PartnershipMustBeEstablished: 'PartnershipMustBeEstablished',
  AgreementMustExist: 'AgreementMustExist',
  AgreementMustBelongToTheSamePartnership: 'AgreementMustBelongToTheSamePartnership',
  AgreementMustBeOpenForCommitments: 'AgreementMustBeOpenForCommitments',
  LocalOutcomeMustBeInForceInTheAgreement: 'LocalOutcomeMustBeInForceInTheAgreement',
  OnlyACurrentPartnerCanCommit: 'OnlyACurrentPartnerCanCommit',

  TextMustNotBeBlank: FieldRule.TextMustNotBeBlank,
  DateMustBeAValidCalendarDate: 'DateMustBeAValidCalendarDate',
  CommitmentNeedsAtLeastOneParty: 'CommitmentNeedsAtLeastOneParty',
  PartyCannotBeNamedTwice: 'PartyCannotBeNamedTwice',
  LeadPartyMustBeOneOfTheParties: 'LeadPartyMustBeOneOfTheParties',
  MoneyMustBeWholeNonNegativeMinorUnits: 'MoneyMustBeWholeNonNegativeMinorUnits',
  CurrencyMustBeAnIso4217Code: 'CurrencyMustBeAnIso4217Code',
  MoneyMustComeFromANamedFundingStream: 'MoneyMustComeFromANamedFundingStream',
  StaffFteMustBeNonNegativeToTwoDecimals: 'StaffFteMustBeNonNegativeToTwoDecimals',
  EffortShareMustBeAPercentageToTwoDecimals: 'EffortShareMustBeAPercentageToTwoDecimals',
  SharesMustBeInTheCommitmentCurrency: 'SharesMustBeInTheCommitmentCurrency',
  MoneySharesMustAddUpToTheTotal: 'MoneySharesMustAddUpToTheTotal',
  StaffSharesMustAddUpToTheTotal: 'StaffSharesMustAddUpToTheTotal',
  EffortSharesMustAddUpToAHundredPercent: 'EffortSharesMustAddUpToAHundredPercent',
  EveryPartyMustContributeAShare: 'EveryPartyMustContributeAShare',

  DecisionMustBeTakenByTheCommitmentsPartnership: 'DecisionMustBeTakenByTheCommitmentsPartnership',
  AcceptanceNeedsADecisionToAccept: 'AcceptanceNeedsADecisionToAccept',
  RejectionNeedsADecisionToReject: 'RejectionNeedsADecisionToReject',
  RevisionNeedsADecisionApprovingIt: 'RevisionNeedsADecisionApprovingIt',
  FlagCanOnlyBeClearedByABoardDecision: 'FlagCanOnlyBeClearedByABoardDecision',

  CannotBeAcceptedTwice: 'CommitmentCannotBeAcceptedTwice',
  OnlyAProposedCommitmentCanBeRejected: 'OnlyAProposedCommitmentCanBeRejected',
  ProgressCannotBeReportedBeforeAcceptance: 'ProgressCannotBeReportedBeforeAcceptance',
  ProgressCannotBeReportedAfterClosure: 'ProgressCannotBeReportedAfterClosure',
  ProgressStatusMustBeKnown: 'ProgressStatusMustBeKnown',
  EvidenceMustBeAnHttpsLink: 'EvidenceMustBeAnHttpsLink',
  SlippingCommitmentNeedsEvidence: 'SlippingCommitmentNeedsEvidence',
  ReportingPeriodCannotEndBeforeItStarts: 'ReportingPeriodCannotEndBeforeItStarts',
  ReportingPeriodMustHaveBegun: 'ReportingPeriodMustHaveBegun',
  OnlyAnAcceptedCommitmentCanBeDelivered: 'OnlyAnAcceptedCommitmentCanBeDelivered',
  DeliveryNeedsEvidence: 'DeliveryNeedsEvidence',
  DeliveryCannotBeDatedInTheFuture: 'DeliveryCannotBeDatedInTheFuture',
  RevisionMustChangeSomething: 'RevisionMustChangeSomething',
  RevisionCannotChangeTheParties: 'RevisionCannotChangeTheParties',
  OnlyTheLeadPartyCanWithdrawTheCommitment: 'OnlyTheLeadPartyCanWithdrawTheCommitment',
  CommitmentLapsesOnlyAfterItsDueDate: 'CommitmentLapsesOnlyAfterItsDueDate',
  FlagMustNameAPartyToTheCommitment: 'FlagMustNameAPartyToTheCommitment',
  OnlyARaisedFlagCanBeCleared: 'OnlyARaisedFlagCanBeCleared',
} as const;

/** The decisions by which a board deals with a commitment whose party has left. */
export const FLAG_CLEARING_DECISION_KINDS: readonly DecisionKind[] = [
  'hold_partner_to_account',
  'other',
];

/** The commitment exists and is the one the command's partnership speaks for. */
export function ensureExisting(state: CommitmentState, partnershipId: string): ExistingCommitment {
  ensure(
    state.status !== 'none',
    CommitmentRule.MustHaveBeenProposed,
    'the commitment has not been proposed',
    'commitmentId',
  );
  ensure(
    state.partnershipId === partnershipId,
    CommitmentRule.CommandMustNameTheCommitmentsPartnership,
    `commitment ${state.commitmentId} belongs to partnership ${state.partnershipId}`,
    'partnershipId',
  );
  return state;
}

export function ensureOpen(state: CommitmentState, partnershipId: string): OpenCommitment {
  const commitment = ensureExisting(state, partnershipId);
  ensure(
    isOpenCommitment(commitment),
    CommitmentRule.ClosedCommitmentCannotChange,
    `commitment ${commitment.commitmentId} is ${commitment.status}`,
    'commitmentId',
  );
  return commitment;
}

/** Returns the link trimmed. */
export function ensureHttpsLink(value: string, field: string): string {
  const link = value.trim();
  ensure(
    URL.canParse(link) && new URL(link).protocol === 'https:',
    CommitmentRule.EvidenceMustBeAnHttpsLink,
    `${field} must be an https link`,
    field,
  );
  return link;
}

/**
 * The referenced decision was taken by the commitment's own partnership, is of one of the
 * kinds the change needs, is about this commitment, and stands (quorate and carried).
 */
export function ensureDecision(
  facts: DecisionFacts | null | undefined,
  reference: DecisionReference,
  kinds: readonly DecisionKind[],
  commitment: ExistingCommitment,
  rule: string,
): DecisionFacts {
  const found =
    facts !== null &&
    facts !== undefined &&
    facts.reference.meetingId === reference.meetingId &&
    facts.reference.decisionId === reference.decisionId;
  ensure(found, rule, `decision ${reference.decisionId} was not found`, 'decision');
  ensure(
    facts.partnershipId === commitment.partnershipId,
    CommitmentRule.DecisionMustBeTakenByTheCommitmentsPartnership,
    `decision ${reference.decisionId} was taken by another partnership`,
    'decision',
  );
  const subject = { kind: 'commitment', id: commitment.commitmentId } as const;
  ensure(
    kinds.some((kind) => authorises(facts, kind, subject)),
    rule,
    `decision ${reference.decisionId} does not ${kinds.join(' or ')} for commitment ${commitment.commitmentId}, or did not stand`,
    'decision',
  );
  return facts;
}
