import type { CommandType, ConcordatCommand } from './concordat-command';
import type { Grant } from './principal';
import type { Role } from './roles';

/** Facts about the command's target that some permissions depend on, found by the handler. */
export interface CommandFacts {
  /** The partners party to the commitment the command acts on (or proposes). */
  readonly commitmentParties?: readonly string[];
}

/** A further condition on a permission, named so the security guide can print it. */
export type PermissionCondition =
  | 'speaks for a party to the commitment'
  | 'speaks for the partner named'
  | 'signs for the government'
  | 'signs for the council';

export interface Permission {
  readonly role: Role;
  readonly when?: PermissionCondition;
}

const officer: Permission = { role: 'partnership-officer' };
const admin: Permission = { role: 'platform-admin' };
const government: Permission = { role: 'government-official' };
const chair: Permission = { role: 'board-chair' };
const board: readonly Permission[] = [chair, { role: 'board-member' }];
const partyRepresentative: Permission = {
  role: 'partner-representative',
  when: 'speaks for a party to the commitment',
};

/**
 * Who may send each command: the one source for enforcement, the security guide's matrix and the
 * test that drives it. Roles absent from a command's list may not send it; the auditor and the
 * public appear in none.
 */
export const COMMAND_POLICY: { readonly [T in CommandType]: readonly Permission[] } = {
  PublishFrameworkVersion: [government],
  SupersedeFrameworkVersion: [government],

  EstablishPartnership: [admin],
  SetQuorumRule: [officer, admin],
  AdmitPartner: [officer, admin],
  WithdrawPartner: [officer, admin],
  AppointRepresentative: [officer, admin],
  RemoveRepresentative: [officer, admin],
  AppointBoardChair: [officer, admin],
  AppointBoardMember: [officer, admin],
  StandDownBoardMember: [officer, admin],
  ErasePersonalData: [officer, admin],

  DraftAgreement: [officer],
  WriteSection: [officer],
  AddLocalOutcome: [officer],
  ReviseLocalOutcome: [officer],
  RetireLocalOutcome: [officer],
  AddIntermediateOutcome: [officer],
  ReviseIntermediateOutcome: [officer],
  RetireIntermediateOutcome: [officer],
  AddIndicator: [officer],
  ReviseIndicator: [officer],
  RetireIndicator: [officer],
  SubmitAgreement: [officer],
  ReturnAgreementToDraft: [officer],
  SignAgreement: [
    { role: 'government-official', when: 'signs for the government' },
    { role: 'board-chair', when: 'signs for the council' },
  ],
  SupersedeAgreement: [officer],
  CloseAgreement: [officer],

  RecordIndicatorObservation: [officer],
  CorrectIndicatorObservation: [officer],

  ProposeCommitment: [partyRepresentative, officer],
  ReportCommitmentProgress: [partyRepresentative, officer],
  RecordCommitmentDelivery: [partyRepresentative, officer],
  WithdrawCommitment: [{ role: 'partner-representative', when: 'speaks for the partner named' }],
  AcceptCommitment: board,
  RejectCommitment: board,
  ReviseCommitment: board,
  ClearCommitmentFlag: board,
  FlagCommitmentForBoard: [officer],
  MarkCommitmentLapsed: [officer],

  HoldBoardMeeting: [officer, chair],
  RecordDecision: board,
  CompleteDecisionAction: [officer, chair],

  RecordEngagementActivity: [officer],
  RecordEngagementInfluence: [officer],
  RecordEngagementFeedbackGiven: [officer],
};

/** Whether the permission's condition holds for this grant, command and facts. */
export function conditionHolds(
  condition: PermissionCondition,
  grant: Grant,
  command: ConcordatCommand,
  facts: CommandFacts,
): boolean {
  switch (condition) {
    case 'speaks for a party to the commitment':
      return grant.partnerId !== undefined && !!facts.commitmentParties?.includes(grant.partnerId);
    case 'speaks for the partner named':
      return 'partnerId' in command.data && command.data.partnerId === grant.partnerId;
    case 'signs for the government':
      return command.type === 'SignAgreement' && command.data.party === 'government';
    case 'signs for the council':
      return command.type === 'SignAgreement' && command.data.party === 'council';
  }
}
