import type { DomainEvent } from '@concordat/shared-kernel';
import type { CalendarDate } from '../shared';

export const ENGAGEMENT_METHODS = [
  'public_meeting',
  'survey',
  'workshop',
  'focus_group',
  'online_consultation',
  'community_council',
  'other',
] as const;
export type EngagementMethod = (typeof ENGAGEMENT_METHODS)[number];

export const ENGAGEMENT_PARTICIPANT_KINDS = [
  'community_body',
  'third_sector',
  'community_council',
  'equalities_group',
  'other',
] as const;
export type EngagementParticipantKind = (typeof ENGAGEMENT_PARTICIPANT_KINDS)[number];

export const INFLUENCE_TARGET_KINDS = [
  'local_outcome',
  'commitment',
  'indicator',
  'agreement_section',
] as const;
export type InfluenceTargetKind = (typeof INFLUENCE_TARGET_KINDS)[number];

export const ENGAGEMENT_FEEDBACK_CHANNELS = [
  'meeting',
  'letter',
  'email',
  'website',
  'newsletter',
  'social_media',
  'report',
  'other',
] as const;
export type EngagementFeedbackChannel = (typeof ENGAGEMENT_FEEDBACK_CHANNELS)[number];

/** A community body or group that took part. */
export interface EngagementParticipant {
  readonly name: string;
  readonly kind: EngagementParticipantKind;
  /** Set when the body is also a partner of the partnership. */
  readonly partnerId: string | null;
  /** The later duty asks partnerships to show they involved bodies representing these people. */
  readonly representsDisadvantagedPeople: boolean;
}

export interface EngagementInfluenceTarget {
  readonly kind: InfluenceTargetKind;
  readonly id: string;
  readonly agreementId: string;
}

export type EngagementActivityRecorded = DomainEvent<
  'EngagementActivityRecorded',
  {
    activityId: string;
    partnershipId: string;
    agreementId: string | null;
    /** A single day is a period that starts and ends on it. */
    held: { from: CalendarDate; to: CalendarDate };
    method: EngagementMethod;
    participants: readonly EngagementParticipant[];
    peopleReached: number | null;
    summary: string;
  },
  1
>;

/** How what was heard shaped the agreement: the answer to "how did communities shape this?". */
export type EngagementInfluenceRecorded = DomainEvent<
  'EngagementInfluenceRecorded',
  {
    activityId: string;
    partnershipId: string;
    influenceId: string;
    target: EngagementInfluenceTarget;
    whatChanged: string;
  },
  1
>;

/** How the partnership reported back to those it heard from ("you said, we did"). */
export type EngagementFeedbackGiven = DomainEvent<
  'EngagementFeedbackGiven',
  {
    activityId: string;
    partnershipId: string;
    givenOn: CalendarDate;
    channel: EngagementFeedbackChannel;
    text: string;
  },
  1
>;

export type EngagementEvent =
  EngagementActivityRecorded | EngagementInfluenceRecorded | EngagementFeedbackGiven;
