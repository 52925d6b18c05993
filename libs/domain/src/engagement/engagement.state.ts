import { assertNever } from '@concordat/shared-kernel';
import type { CalendarDate } from '../shared';
import type { EngagementEvent } from './engagement.events';

export type EngagementState =
  | { readonly status: 'none' }
  | {
      readonly status: 'recorded';
      readonly activityId: string;
      readonly partnershipId: string;
      /** The day the activity began: nothing can be reported back before it. */
      readonly heldFrom: CalendarDate;
      readonly influenceIds: ReadonlySet<string>;
    };

export type RecordedActivity = Extract<EngagementState, { status: 'recorded' }>;

export const initialEngagementState = (): EngagementState => ({ status: 'none' });

export function evolveEngagement(state: EngagementState, event: EngagementEvent): EngagementState {
  if (event.type === 'EngagementActivityRecorded') {
    const { activityId, partnershipId, held } = event.data;
    return {
      status: 'recorded',
      activityId,
      partnershipId,
      heldFrom: held.from,
      influenceIds: new Set(),
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'EngagementInfluenceRecorded':
      return { ...state, influenceIds: new Set(state.influenceIds).add(event.data.influenceId) };
    case 'EngagementFeedbackGiven':
      // Feedback can be given any number of times; no later rule depends on it.
      return state;
    default:
      return assertNever(event, 'engagement event');
  }
}
