import { ensure } from '@concordat/shared-kernel';
import type { RecordEngagementActivity } from '../engagement.commands';
import {
  ENGAGEMENT_METHODS,
  ENGAGEMENT_PARTICIPANT_KINDS,
  type EngagementActivityRecorded,
  type EngagementParticipant,
} from '../engagement.events';
import {
  ensureCalendarDate,
  ensureOneOf,
  ensurePastDate,
  ensureText,
} from '../../shared/field-rules';
import { EngagementRule } from '../engagement.rules';
import type { EngagementState } from '../engagement.state';

/**
 * A consultation may still be running when it is recorded, so only its start must have passed.
 * Whether a participant's partnerId names a partner of the partnership is the handler's to check.
 */
export function recordEngagementActivity(
  command: RecordEngagementActivity,
  state: EngagementState,
): [EngagementActivityRecorded] {
  ensure(
    state.status === 'none',
    EngagementRule.ActivityCannotBeRecordedTwice,
    `engagement activity ${command.data.activityId} has already been recorded`,
    'activityId',
  );
  const { activityId, partnershipId, agreementId, held, method, peopleReached, summary } =
    command.data;
  if (agreementId !== undefined) ensureText(agreementId, 'agreementId');
  ensurePastDate(
    held.from,
    command.metadata.issuedAt,
    EngagementRule.DateCannotBeInTheFuture,
    'held.from',
  );
  const to = held.to ?? held.from;
  ensureCalendarDate(to, 'held.to');
  ensure(
    to >= held.from,
    EngagementRule.PeriodCannotEndBeforeItStarts,
    `the activity cannot end (${to}) before it starts (${held.from})`,
    'held.to',
  );
  ensureOneOf(ENGAGEMENT_METHODS, method, EngagementRule.MethodMustBeKnown, 'method');
  const participants = validParticipants(command);
  if (peopleReached !== undefined) {
    ensure(
      Number.isInteger(peopleReached) && peopleReached >= 0,
      EngagementRule.PeopleReachedMustBeAWholeNumber,
      'peopleReached must be a whole number, not below zero',
      'peopleReached',
    );
  }
  ensure(
    participants.length > 0 || (peopleReached ?? 0) > 0,
    EngagementRule.EngagementMustReachSomeone,
    'an engagement activity names the groups that took part or how many people it reached',
    'participants',
  );
  ensureText(summary, 'summary');
  return [
    {
      type: 'EngagementActivityRecorded',
      schemaVersion: 1,
      data: {
        activityId,
        partnershipId,
        agreementId: agreementId ?? null,
        held: { from: held.from, to },
        method,
        participants,
        peopleReached: peopleReached ?? null,
        summary: summary.trim(),
      },
    },
  ];
}

function validParticipants(command: RecordEngagementActivity): EngagementParticipant[] {
  const seen: string[] = [];
  return command.data.participants.map(
    ({ name, kind, partnerId, representsDisadvantagedPeople }, index) => {
      const field = `participants[${index}]`;
      ensureText(name, `${field}.name`);
      const key = name.trim().toLowerCase();
      ensure(
        !seen.includes(key),
        EngagementRule.ParticipantIsListedOnce,
        `${name.trim()} is listed more than once`,
        `${field}.name`,
      );
      seen.push(key);
      ensureOneOf(
        ENGAGEMENT_PARTICIPANT_KINDS,
        kind,
        EngagementRule.ParticipantKindMustBeKnown,
        `${field}.kind`,
      );
      if (partnerId !== undefined) ensureText(partnerId, `${field}.partnerId`);
      return {
        name: name.trim(),
        kind,
        partnerId: partnerId ?? null,
        representsDisadvantagedPeople,
      };
    },
  );
}
