import type { Command } from '@concordat/shared-kernel';
import type { CalendarDate } from '../shared';
import type { NonMemberAttendee, BoardVote } from './meeting.events';

export type HoldBoardMeeting = Command<
  'HoldBoardMeeting',
  {
    meetingId: string;
    partnershipId: string;
    date: CalendarDate;
    location: string;
    /** Person ids of the board members present. */
    attendees: readonly string[];
    otherAttendees?: readonly NonMemberAttendee[];
    /** Person ids of the board members who sent apologies. */
    apologies: readonly string[];
  }
>;

/** Kinds arrive as text and are checked against the known lists before becoming events. */
export type RecordDecision = Command<
  'RecordDecision',
  {
    decisionId: string;
    meetingId: string;
    partnershipId: string;
    kind: string;
    subjects: readonly { kind: string; id: string }[];
    rationale: string;
    /** Person ids of the attending board members who took part in the decision. */
    takingPart: readonly string[];
    vote: BoardVote | null;
    actions: readonly {
      actionId: string;
      description: string;
      owner: { kind: string; id: string };
      dueDate: CalendarDate;
    }[];
  }
>;

export type CompleteDecisionAction = Command<
  'CompleteDecisionAction',
  {
    meetingId: string;
    partnershipId: string;
    actionId: string;
    completedOn: CalendarDate;
    note: string;
  }
>;

export type MeetingCommand = HoldBoardMeeting | RecordDecision | CompleteDecisionAction;
