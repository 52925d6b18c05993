import { ensure, type Command } from '@concordat/shared-kernel';
import { dateOf, isCalendarDate } from '../shared';
import type { HeldMeeting, MeetingState } from './meeting.state';

/** Every rule of a board meeting and its decisions, named as the sentence it enforces. */
export const MeetingRule = {
  CannotBeRecordedTwice: 'MeetingCannotBeRecordedTwice',
  MustBeRecorded: 'MeetingMustBeRecorded',
  NeedsAnEstablishedPartnership: 'MeetingNeedsAnEstablishedPartnership',
  PartnershipMustMatchTheMeeting: 'PartnershipMustMatchTheMeeting',
  DateMustBeACalendarDate: 'DateMustBeACalendarDate',
  DateCannotBeInTheFuture: 'DateCannotBeInTheFuture',
  TextMustNotBeBlank: 'TextMustNotBeBlank',
  AttendeesMustSitOnTheBoard: 'AttendeesMustSitOnTheBoard',
  ApologiesComeFromBoardMembers: 'ApologiesComeFromBoardMembers',
  PersonIsListedOnceAtAMeeting: 'PersonIsListedOnceAtAMeeting',
  DecisionNeedsAQuorateMeeting: 'DecisionNeedsAQuorateMeeting',
  DecisionCannotBeRecordedTwice: 'DecisionCannotBeRecordedTwice',
  DecisionKindMustBeKnown: 'DecisionKindMustBeKnown',
  DecisionNeedsASubject: 'DecisionNeedsASubject',
  SubjectKindMustBeKnown: 'SubjectKindMustBeKnown',
  DecisionNeedsMembersTakingPart: 'DecisionNeedsMembersTakingPart',
  OnlyAttendingMembersTakePart: 'OnlyAttendingMembersTakePart',
  VoteCountsMustBeWholeNumbers: 'VoteCountsMustBeWholeNumbers',
  VoteCannotExceedMembersTakingPart: 'VoteCannotExceedMembersTakingPart',
  OnlyACarriedDecisionAssignsActions: 'OnlyACarriedDecisionAssignsActions',
  ActionCannotBeAssignedTwice: 'ActionCannotBeAssignedTwice',
  ActionOwnerMustBeAPersonOrAPartner: 'ActionOwnerMustBeAPersonOrAPartner',
  ActionCannotFallDueBeforeTheMeeting: 'ActionCannotFallDueBeforeTheMeeting',
  ActionMustHaveBeenAssigned: 'ActionMustHaveBeenAssigned',
  ActionCannotBeCompletedTwice: 'ActionCannotBeCompletedTwice',
  ActionCannotBeCompletedBeforeTheMeeting: 'ActionCannotBeCompletedBeforeTheMeeting',
} as const;

/** The meeting a command about decisions or actions refers to, in the partnership it names. */
export function ensureHeld(state: MeetingState, partnershipId: string): HeldMeeting {
  ensure(
    state.status === 'held',
    MeetingRule.MustBeRecorded,
    'the meeting has not been recorded',
    'meetingId',
  );
  ensure(
    state.partnershipId === partnershipId,
    MeetingRule.PartnershipMustMatchTheMeeting,
    `meeting ${state.meetingId} belongs to another partnership`,
    'partnershipId',
  );
  return state;
}

export function ensureText(value: string, field: string): void {
  ensure(
    value.trim().length > 0,
    MeetingRule.TextMustNotBeBlank,
    `${field} must not be blank`,
    field,
  );
}

export function ensureOneOf<T extends string>(
  values: readonly T[],
  value: string,
  rule: string,
  field: string,
): asserts value is T {
  ensure(
    (values as readonly string[]).includes(value),
    rule,
    `${field} must be one of ${values.join(', ')}`,
    field,
  );
}

/** A date something already happened on: a real date, no later than the command was issued. */
export function ensurePastDate(value: string, command: Command, field: string): void {
  ensure(
    isCalendarDate(value),
    MeetingRule.DateMustBeACalendarDate,
    `${field} must be a date as YYYY-MM-DD`,
    field,
  );
  ensure(
    value <= dateOf(command.metadata.issuedAt),
    MeetingRule.DateCannotBeInTheFuture,
    `${field} ${value} has not happened yet`,
    field,
  );
}

/** Ids listed at most once, here and in `listedElsewhere`, so nobody is counted twice. */
export function ensureListedOnce(
  ids: readonly string[],
  field: string,
  listedElsewhere: readonly string[] = [],
): void {
  ids.forEach((id, index) =>
    ensure(
      ids.indexOf(id) === index && !listedElsewhere.includes(id),
      MeetingRule.PersonIsListedOnceAtAMeeting,
      `${id} is listed more than once`,
      `${field}[${index}]`,
    ),
  );
}
