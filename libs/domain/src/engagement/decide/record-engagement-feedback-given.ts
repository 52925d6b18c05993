import { ensure } from '@concordat/shared-kernel';
import type { RecordEngagementFeedbackGiven } from '../engagement.commands';
import { ENGAGEMENT_FEEDBACK_CHANNELS, type EngagementFeedbackGiven } from '../engagement.events';
import { ensureOneOf, ensurePastDate, ensureText } from '../../shared/field-rules';
import { ensureRecorded, EngagementRule } from '../engagement.rules';
import type { EngagementState } from '../engagement.state';

export function recordEngagementFeedbackGiven(
  command: RecordEngagementFeedbackGiven,
  state: EngagementState,
): [EngagementFeedbackGiven] {
  const activity = ensureRecorded(state, command.data.partnershipId);
  const { givenOn, channel, text } = command.data;
  ensurePastDate(
    givenOn,
    command.metadata.issuedAt,
    EngagementRule.DateCannotBeInTheFuture,
    'givenOn',
  );
  ensure(
    givenOn >= activity.heldFrom,
    EngagementRule.FeedbackCannotPrecedeTheActivity,
    `feedback cannot be given (${givenOn}) before the activity began (${activity.heldFrom})`,
    'givenOn',
  );
  ensureOneOf(
    ENGAGEMENT_FEEDBACK_CHANNELS,
    channel,
    EngagementRule.FeedbackChannelMustBeKnown,
    'channel',
  );
  ensureText(text, 'text');
  return [
    {
      type: 'EngagementFeedbackGiven',
      schemaVersion: 1,
      data: {
        activityId: activity.activityId,
        partnershipId: activity.partnershipId,
        givenOn,
        channel,
        text: text.trim(),
      },
    },
  ];
}
