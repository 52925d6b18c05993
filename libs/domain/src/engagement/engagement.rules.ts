import { ensure } from '@concordat/shared-kernel';
import { FieldRule } from '../shared/field-rules';
import type { EngagementState, RecordedActivity } from './engagement.state';

/** Every rule of community engagement, named as the sentence it enforces. */
export const EngagementRule = {
  ActivityCannotBeRecordedTwice: 'EngagementActivityCannotBeRecordedTwice',
  ActivityMustBeRecorded: 'EngagementActivityMustBeRecorded',
  PartnershipMustMatchTheActivity: 'PartnershipMustMatchTheActivity',
  DateMustBeACalendarDate: FieldRule.DateMustBeACalendarDate,
  DateCannotBeInTheFuture: 'DateCannotBeInTheFuture',
  PeriodCannotEndBeforeItStarts: 'PeriodCannotEndBeforeItStarts',
  TextMustNotBeBlank: FieldRule.TextMustNotBeBlank,
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
