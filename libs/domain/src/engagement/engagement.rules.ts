import { ensure, type Command } from '@concordat/shared-kernel';
import { dateOf, isCalendarDate } from '../shared';
import type { EngagementState, RecordedActivity } from './engagement.state';

/** Every rule of community engagement, named as the sentence it enforces. */
export const EngagementRule = {
  ActivityCannotBeRecordedTwice: 'EngagementActivityCannotBeRecordedTwice',
  ActivityMustBeRecorded: 'EngagementActivityMustBeRecorded',
  PartnershipMustMatchTheActivity: 'PartnershipMustMatchTheActivity',
  DateMustBeACalendarDate: 'DateMustBeACalendarDate',
  DateCannotBeInTheFuture: 'DateCannotBeInTheFuture',
  PeriodCannotEndBeforeItStarts: 'PeriodCannotEndBeforeItStarts',
  TextMustNotBeBlank: 'TextMustNotBeBlank',
  MethodMustBeKnown: 'EngagementMethodMustBeKnown',
  ParticipantKindMustBeKnown: 'ParticipantKindMustBeKnown',
  ParticipantIsListedOnce: 'ParticipantIsListedOnce',
  PeopleReachedMustBeAWholeNumber: 'PeopleReachedMustBeAWholeNumber',
  EngagementMustReachSomeone: 'EngagementMustReachSomeone',
  InfluenceCannotBeRecordedTwice: 'InfluenceCannotBeRecordedTwice',
  InfluenceTargetKindMustBeKnown: 'InfluenceTargetKindMustBeKnown',
  InfluenceMustPointAtSomethingThatExists: 'InfluenceMustPointAtSomethingThatExists',
  FeedbackChannelMustBeKnown: 'FeedbackChannelMustBeKnown',
  FeedbackCannotPrecedeTheActivity: 'FeedbackCannotPrecedeTheActivity',
} as const;

/** The activity a later command refers to, in the partnership it names. */
export function ensureRecorded(state: EngagementState, partnershipId: string): RecordedActivity {
  ensure(
    state.status === 'recorded',
    EngagementRule.ActivityMustBeRecorded,
    'the engagement activity has not been recorded',
    'activityId',
  );
  ensure(
    state.partnershipId === partnershipId,
    EngagementRule.PartnershipMustMatchTheActivity,
    `activity ${state.activityId} belongs to another partnership`,
    'partnershipId',
  );
  return state;
}

export function ensureText(value: string, field: string): void {
  ensure(
    value.trim().length > 0,
    EngagementRule.TextMustNotBeBlank,
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

export function ensureDate(value: string, field: string): void {
  ensure(
    isCalendarDate(value),
    EngagementRule.DateMustBeACalendarDate,
    `${field} must be a date as YYYY-MM-DD`,
    field,
  );
}

/** A date something already happened on: a real date, no later than the command was issued. */
export function ensurePastDate(value: string, command: Command, field: string): void {
  ensureDate(value, field);
  ensure(
    value <= dateOf(command.metadata.issuedAt),
    EngagementRule.DateCannotBeInTheFuture,
    `${field} ${value} has not happened yet`,
    field,
  );
}
