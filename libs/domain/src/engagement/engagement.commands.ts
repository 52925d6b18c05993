import type { Command } from '@concordat/shared-kernel';
import type { CalendarDate } from '../shared';

/** Kinds arrive as text and are checked against the known lists before becoming events. */
export type RecordEngagementActivity = Command<
  'RecordEngagementActivity',
  {
    activityId: string;
    partnershipId: string;
    agreementId?: string;
    /** Without `to`, the activity took place on the single day `from`. */
    held: { from: CalendarDate; to?: CalendarDate };
    method: string;
    participants: readonly {
      name: string;
      kind: string;
      partnerId?: string;
      representsDisadvantagedPeople: boolean;
    }[];
    peopleReached?: number;
    summary: string;
  }
>;

export type RecordEngagementInfluence = Command<
  'RecordEngagementInfluence',
  {
    activityId: string;
    partnershipId: string;
    influenceId: string;
    target: { kind: string; id: string; agreementId: string };
    whatChanged: string;
  }
>;

export type RecordEngagementFeedbackGiven = Command<
  'RecordEngagementFeedbackGiven',
  {
    activityId: string;
    partnershipId: string;
    givenOn: CalendarDate;
    channel: string;
    text: string;
  }
>;

export type EngagementCommand =
  RecordEngagementActivity | RecordEngagementInfluence | RecordEngagementFeedbackGiven;
