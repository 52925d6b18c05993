import { ensure } from '@concordat/shared-kernel';
import { FieldRule } from '../shared/field-rules';
import type { HeldMeeting, MeetingState } from './meeting.state';

/** Every rule of a board meeting and its decisions, named as the sentence it enforces. */
export const MeetingRule = {
  CannotBeRecordedTwice: 'MeetingCannotBeRecordedTwice',
  MustBeRecorded: 'MeetingMustBeRecorded',
  NeedsAnEstablishedPartnership: 'MeetingNeedsAnEstablishedPartnership',
  PartnershipMustMatchTheMeeting: 'PartnershipMustMatchTheMeeting',
  DateMustBeACalendarDate: FieldRule.DateMustBeACalendarDate,
  DateCannotBeInTheFuture: 'DateCannotBeInTheFuture',
  TextMustNotBeBlank: FieldRule.TextMustNotBeBlank,
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
