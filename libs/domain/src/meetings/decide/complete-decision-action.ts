import { ensure } from '@concordat/shared-kernel';
import type { CompleteDecisionAction } from '../meeting.commands';
import type { DecisionActionCompleted } from '../meeting.events';
import { ensurePastDate, ensureText } from '../../shared/field-rules';
import { ensureHeld, MeetingRule } from '../meeting.rules';
import type { MeetingState } from '../meeting.state';

export function completeDecisionAction(
  command: CompleteDecisionAction,
  state: MeetingState,
): [DecisionActionCompleted] {
  const meeting = ensureHeld(state, command.data.partnershipId);
  const { actionId, completedOn, note } = command.data;
  const action = meeting.actions.get(actionId);
  ensure(
    action !== undefined,
    MeetingRule.ActionMustHaveBeenAssigned,
    `no decision of meeting ${meeting.meetingId} assigned action ${actionId}`,
    'actionId',
  );
  ensure(
    action.completedOn === null,
    MeetingRule.ActionCannotBeCompletedTwice,
    `action ${actionId} was already completed on ${action.completedOn}`,
    'actionId',
  );
  ensurePastDate(
    completedOn,
    command.metadata.issuedAt,
    MeetingRule.DateCannotBeInTheFuture,
    'completedOn',
  );
  ensure(
    completedOn >= meeting.date,
    MeetingRule.ActionCannotBeCompletedBeforeTheMeeting,
    `action ${actionId} cannot be completed before the meeting that assigned it`,
    'completedOn',
  );
  ensureText(note, 'note');
  return [
    {
      type: 'DecisionActionCompleted',
      schemaVersion: 1,
      data: {
        meetingId: meeting.meetingId,
        decisionId: action.decisionId,
        actionId,
        partnershipId: meeting.partnershipId,
        completedOn,
        note: note.trim(),
      },
    },
  ];
}
