import type { DomainEvent } from '@concordat/shared-kernel';
import type { QuorumRule } from '../partnerships';
import type { CalendarDate, DecisionKind, DecisionSubject } from '../shared';

/** Someone at the meeting who is not on the board (an officer, an observer): never counted. */
export interface NonMemberAttendee {
  readonly name: string;
  readonly role: string;
}

export interface BoardVote {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

export const DECISION_ACTION_OWNER_KINDS = ['person', 'partner'] as const;

export interface DecisionActionOwner {
  readonly kind: (typeof DECISION_ACTION_OWNER_KINDS)[number];
  readonly id: string;
}

export interface DecisionAction {
  readonly actionId: string;
  readonly description: string;
  readonly owner: DecisionActionOwner;
  readonly dueDate: CalendarDate;
}

/**
 * The quorum is worked out when the meeting is recorded, from the board as it stood then, and
 * kept with the meeting: a later change to the board or the rule does not rewrite history.
 */
export type BoardMeetingHeld = DomainEvent<
  'BoardMeetingHeld',
  {
    meetingId: string;
    partnershipId: string;
    date: CalendarDate;
    location: string;
    /** Board members present, by person id: the only attendees who count for the quorum. */
    attendees: readonly string[];
    otherAttendees: readonly NonMemberAttendee[];
    apologies: readonly string[];
    quorum: QuorumRule;
    boardMembersPresent: number;
    chairPresent: boolean;
    quorate: boolean;
  },
  1
>;

export type DecisionRecorded = DomainEvent<
  'DecisionRecorded',
  {
    meetingId: string;
    decisionId: string;
    partnershipId: string;
    /** The meeting's date. */
    decidedOn: CalendarDate;
    kind: DecisionKind;
    subjects: readonly DecisionSubject[];
    rationale: string;
    takingPart: readonly string[];
    /** Null when the board decided by consensus. */
    vote: BoardVote | null;
    carried: boolean;
    actions: readonly DecisionAction[];
  },
  1
>;

export type DecisionActionCompleted = DomainEvent<
  'DecisionActionCompleted',
  {
    meetingId: string;
    decisionId: string;
    actionId: string;
    partnershipId: string;
    completedOn: CalendarDate;
    note: string;
  },
  1
>;

export type MeetingEvent = BoardMeetingHeld | DecisionRecorded | DecisionActionCompleted;
