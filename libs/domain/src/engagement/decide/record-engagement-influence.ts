import { ensure } from '@concordat/shared-kernel';
import type { RecordEngagementInfluence } from '../engagement.commands';
import type { EngagementContext } from '../engagement.context';
import { INFLUENCE_TARGET_KINDS, type EngagementInfluenceRecorded } from '../engagement.events';
import { ensureOneOf, ensureText } from '../../shared/field-rules';
import { ensureRecorded, EngagementRule } from '../engagement.rules';
import type { EngagementState } from '../engagement.state';

export function recordEngagementInfluence(
  command: RecordEngagementInfluence,
  state: EngagementState,
  context: EngagementContext | undefined,
): [EngagementInfluenceRecorded] {
  const activity = ensureRecorded(state, command.data.partnershipId);
  const { influenceId, target, whatChanged } = command.data;
  ensure(
    !activity.influenceIds.has(influenceId),
    EngagementRule.InfluenceCannotBeRecordedTwice,
    `influence ${influenceId} has already been recorded for this activity`,
    'influenceId',
  );
  ensureOneOf(
    INFLUENCE_TARGET_KINDS,
    target.kind,
    EngagementRule.InfluenceTargetKindMustBeKnown,
    'target.kind',
  );
  ensureText(target.id, 'target.id');
  ensureText(target.agreementId, 'target.agreementId');
  ensure(
    context?.targetExists === true,
    EngagementRule.InfluenceMustPointAtSomethingThatExists,
    `no ${target.kind} ${target.id} in agreement ${target.agreementId}`,
    'target.id',
  );
  ensureText(whatChanged, 'whatChanged');
  return [
    {
      type: 'EngagementInfluenceRecorded',
      schemaVersion: 1,
      data: {
        activityId: activity.activityId,
        partnershipId: activity.partnershipId,
        influenceId,
        target: { kind: target.kind, id: target.id, agreementId: target.agreementId },
        whatChanged: whatChanged.trim(),
      },
    },
  ];
}
