import { ensure } from '@concordat/shared-kernel';
import { DECISION_KINDS, type DecisionSubject } from '../../shared';
import { ensureCalendarDate, ensureOneOf, ensureText } from '../../shared/field-rules';
import type { RecordDecision } from '../meeting.commands';
import {
  DECISION_ACTION_OWNER_KINDS,
  type DecisionAction,
  type DecisionRecorded,
  type BoardVote,
} from '../meeting.events';
import { ensureHeld, ensureListedOnce, MeetingRule } from '../meeting.rules';
import type { HeldMeeting, MeetingState } from '../meeting.state';

// A record, so adding a subject kind to DecisionSubject without listing it here fails to compile.
const SUBJECT_KIND: Record<DecisionSubject['kind'], true> = {
  commitment: true,
  outcome: true,
  agreement: true,
  partner: true,
  annual_report: true,
};
const SUBJECT_KINDS = Object.keys(SUBJECT_KIND) as DecisionSubject['kind'][];

/** Whether a commitment, outcome or partner named as a subject exists is the handler's to check. */
export function recordDecision(command: RecordDecision, state: MeetingState): [DecisionRecorded] {
  const meeting = ensureHeld(state, command.data.partnershipId);
  const { decisionId, kind, rationale, takingPart, vote } = command.data;
  ensure(
    !meeting.decisions.has(decisionId),
    MeetingRule.DecisionCannotBeRecordedTwice,
    `decision ${decisionId} has already been recorded at this meeting`,
    'decisionId',
  );
  ensure(
    meeting.quorate,
    MeetingRule.DecisionNeedsAQuorateMeeting,
    `meeting ${meeting.meetingId} was not quorate, so it could not decide anything`,
    'meetingId',
  );
  ensureOneOf(DECISION_KINDS, kind, MeetingRule.DecisionKindMustBeKnown, 'kind');
  const subjects = validSubjects(command);
  ensure(
    subjects.length > 0 || kind === 'other',
    MeetingRule.DecisionNeedsASubject,
    `a decision to ${kind} must say what it is about`,
    'subjects',
  );
  ensureText(rationale, 'rationale');
  ensureTakingPart(meeting, takingPart);
  if (vote !== null) ensureValidVote(vote, takingPart.length);
  const carried = vote === null || vote.for > vote.against;
  const actions = validActions(command, meeting, carried);
  return [
    {
      type: 'DecisionRecorded',
      schemaVersion: 1,
      data: {
        meetingId: meeting.meetingId,
        decisionId,
        partnershipId: meeting.partnershipId,
        decidedOn: meeting.date,
        kind,
        subjects,
        rationale: rationale.trim(),
        takingPart: [...takingPart],
        vote: vote === null ? null : { ...vote },
        carried,
        actions,
      },
    },
  ];
}

function validSubjects(command: RecordDecision): DecisionSubject[] {
  return command.data.subjects.map(({ kind, id }, index) => {
    ensureOneOf(SUBJECT_KINDS, kind, MeetingRule.SubjectKindMustBeKnown, `subjects[${index}].kind`);
    ensureText(id, `subjects[${index}].id`);
    return { kind, id };
  });
}

function ensureTakingPart(meeting: HeldMeeting, takingPart: readonly string[]): void {
  ensure(
    takingPart.length > 0,
    MeetingRule.DecisionNeedsMembersTakingPart,
    'a decision needs the board members who took part in it',
    'takingPart',
  );
  takingPart.forEach((personId, index) =>
    ensure(
      meeting.attendees.includes(personId),
      MeetingRule.OnlyAttendingMembersTakePart,
      `${personId} was not at the meeting as a board member`,
      `takingPart[${index}]`,
    ),
  );
  ensureListedOnce(takingPart, 'takingPart');
}

/** Members present who did not take part (a declared interest, say) do not vote. */
function ensureValidVote(vote: BoardVote, membersTakingPart: number): void {
  for (const side of ['for', 'against', 'abstain'] as const) {
    ensure(
      Number.isInteger(vote[side]) && vote[side] >= 0,
      MeetingRule.VoteCountsMustBeWholeNumbers,
      `votes ${side} must be a whole number, not below zero`,
      `vote.${side}`,
    );
  }
  ensure(
    vote.for + vote.against + vote.abstain <= membersTakingPart,
    MeetingRule.VoteCannotExceedMembersTakingPart,
    `more votes were cast than the ${membersTakingPart} members taking part`,
    'vote',
  );
}

function validActions(
  command: RecordDecision,
  meeting: HeldMeeting,
  carried: boolean,
): DecisionAction[] {
  const { actions } = command.data;
  ensure(
    carried || actions.length === 0,
    MeetingRule.OnlyACarriedDecisionAssignsActions,
    'a decision that was not carried assigns no actions',
    'actions',
  );
  const actionIds = actions.map(({ actionId }) => actionId);
  return actions.map(({ actionId, description, owner, dueDate }, index) => {
    const field = `actions[${index}]`;
    ensure(
      !meeting.actions.has(actionId) && actionIds.indexOf(actionId) === index,
      MeetingRule.ActionCannotBeAssignedTwice,
      `action ${actionId} has already been assigned at this meeting`,
      `${field}.actionId`,
    );
    ensureText(description, `${field}.description`);
    ensureOneOf(
      DECISION_ACTION_OWNER_KINDS,
      owner.kind,
      MeetingRule.ActionOwnerMustBeAPersonOrAPartner,
      `${field}.owner.kind`,
    );
    ensureText(owner.id, `${field}.owner.id`);
    ensureCalendarDate(dueDate, `${field}.dueDate`);
    ensure(
      dueDate >= meeting.date,
      MeetingRule.ActionCannotFallDueBeforeTheMeeting,
      `action ${actionId} would fall due before the meeting that assigned it`,
      `${field}.dueDate`,
    );
    return {
      actionId,
      description: description.trim(),
      owner: { kind: owner.kind, id: owner.id },
      dueDate,
    };
  });
}
