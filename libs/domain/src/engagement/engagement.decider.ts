import { assertNever, type Decider } from '@concordat/shared-kernel';
import { recordEngagementActivity } from './decide/record-engagement-activity';
import { recordEngagementFeedbackGiven } from './decide/record-engagement-feedback-given';
import { recordEngagementInfluence } from './decide/record-engagement-influence';
import type { EngagementCommand } from './engagement.commands';
import type { EngagementContext } from './engagement.context';
import type { EngagementEvent } from './engagement.events';
import { evolveEngagement, initialEngagementState, type EngagementState } from './engagement.state';

export const engagementStreamId = (activityId: string) => `engagement-${activityId}`;

export const engagementDecider: Decider<
  EngagementState,
  EngagementCommand,
  EngagementEvent,
  EngagementContext | undefined
> = {
  initialState: initialEngagementState,
  evolve: evolveEngagement,
  decide(command, state, context) {
    switch (command.type) {
      case 'RecordEngagementActivity':
        return recordEngagementActivity(command, state);
      case 'RecordEngagementInfluence':
        return recordEngagementInfluence(command, state, context);
      case 'RecordEngagementFeedbackGiven':
        return recordEngagementFeedbackGiven(command, state);
      default:
        return assertNever(command, 'engagement command');
    }
  },
};
