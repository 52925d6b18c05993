import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CommandPayload } from '../forms/use-command';

/** The commands the web app sends; each answers once the read models show its change. */
type Command<Name extends string, Input> = TypedDocumentNode<
  Record<Name, CommandPayload>,
  { input: Input }
>;

interface Money {
  readonly minorUnits: number;
  readonly currency: string;
}

export interface ProposeCommitmentInput {
  readonly commitmentId: string;
  readonly partnershipId: string;
  readonly agreementId: string;
  readonly localOutcomeId: string;
  readonly leadPartnerId: string;
  readonly action: string;
  readonly dueDate: string;
  readonly accountableOfficer: { readonly name: string; readonly role: string };
  readonly parties: readonly {
    readonly partnerId: string;
    readonly effortPercent: number;
    readonly staffFte: number;
    readonly money: Money;
  }[];
  readonly resources: {
    readonly staffFte: number;
    readonly fundingStream?: string;
    readonly money: Money;
  };
}

export interface AcceptCommitmentInput {
  readonly partnershipId: string;
  readonly commitmentId: string;
  readonly decision: { readonly meetingId: string; readonly decisionId: string };
  readonly expectedRevision: string;
}

export interface ReportProgressInput {
  readonly partnershipId: string;
  readonly commitmentId: string;
  readonly status: string;
  readonly note: string;
  readonly evidenceUrl?: string;
  readonly period: { readonly start: string; readonly end: string };
  readonly expectedRevision: string;
}

export interface HoldBoardMeetingInput {
  readonly partnershipId: string;
  readonly meetingId: string;
  readonly date: string;
  readonly location: string;
  readonly attendees: readonly string[];
  readonly apologies: readonly string[];
}

export interface RecordDecisionInput {
  readonly partnershipId: string;
  readonly meetingId: string;
  readonly decisionId: string;
  readonly kind: string;
  readonly rationale: string;
  readonly subjects: readonly { readonly kind: string; readonly id: string }[];
  readonly takingPart: readonly string[];
  readonly vote?: { readonly for: number; readonly against: number; readonly abstain: number };
  readonly actions: readonly {
    readonly actionId: string;
    readonly description: string;
    readonly dueDate: string;
    readonly owner: { readonly kind: string; readonly id: string };
  }[];
}

const PAYLOAD = 'id revision';

export const PROPOSE_COMMITMENT: Command<'proposeCommitment', ProposeCommitmentInput> = gql`
  mutation ProposeCommitment($input: ProposeCommitmentInput!) {
    proposeCommitment(input: $input) { ${PAYLOAD} }
  }
`;

export const ACCEPT_COMMITMENT: Command<'acceptCommitment', AcceptCommitmentInput> = gql`
  mutation AcceptCommitment($input: AcceptCommitmentInput!) {
    acceptCommitment(input: $input) { ${PAYLOAD} }
  }
`;

export const REPORT_PROGRESS: Command<'reportCommitmentProgress', ReportProgressInput> = gql`
  mutation ReportCommitmentProgress($input: ReportCommitmentProgressInput!) {
    reportCommitmentProgress(input: $input) { ${PAYLOAD} }
  }
`;

export const HOLD_BOARD_MEETING: Command<'holdBoardMeeting', HoldBoardMeetingInput> = gql`
  mutation HoldBoardMeeting($input: HoldBoardMeetingInput!) {
    holdBoardMeeting(input: $input) { ${PAYLOAD} }
  }
`;

export const RECORD_DECISION: Command<'recordDecision', RecordDecisionInput> = gql`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) { ${PAYLOAD} }
  }
`;
