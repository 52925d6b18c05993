import { assertNever, type Decider } from '@concordat/shared-kernel';
import { completeDecisionAction } from './decide/complete-decision-action';
import { holdBoardMeeting } from './decide/hold-board-meeting';
import { recordDecision } from './decide/record-decision';
import type { MeetingCommand } from './meeting.commands';
import type { MeetingContext } from './meeting.context';
import type { MeetingEvent } from './meeting.events';
import { evolveMeeting, initialMeetingState, type MeetingState } from './meeting.state';

export const meetingStreamId = (meetingId: string) => `meeting-${meetingId}`;

export const meetingDecider: Decider<
  MeetingState,
  MeetingCommand,
  MeetingEvent,
  MeetingContext | undefined
> = {
  initialState: initialMeetingState,
  evolve: evolveMeeting,
  decide(command, state, context) {
    switch (command.type) {
      case 'HoldBoardMeeting':
        return holdBoardMeeting(command, state, context);
      case 'RecordDecision':
        return recordDecision(command, state);
      case 'CompleteDecisionAction':
        return completeDecisionAction(command, state);
      default:
        return assertNever(command, 'meeting command');
    }
  },
};
