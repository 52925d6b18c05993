import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../infrastructure/cursor';
import { pageFrom, type PageOf, type PageRequest } from '../infrastructure/page';
import {
  EngagementActivityRecord,
  EngagementFeedbackRecord,
  EngagementInfluenceRecord,
  EngagementParticipantRecord,
} from './engagement.entities';

/** Where the queries read: the read-model data source, or a manager inside its transaction. */
type Reader = DataSource | EntityManager;

const MAX_PAGE_SIZE = 100;

export interface EngagementActivityFilter {
  readonly partnershipId: string;
  /** Only the activities that informed this agreement. */
  readonly agreementId?: string | null;
}

/** What an influence changed: a local outcome, commitment, indicator or agreement section. */
export interface InfluenceTarget {
  /** local_outcome, commitment, indicator or agreement_section. */
  readonly kind: string;
  /** The outcome, commitment or indicator id; for a section, its national outcome id. */
  readonly id: string;
  /** Outcome, indicator and section ids are unique within an agreement only. */
  readonly agreementId?: string | null;
}

export const engagementActivityCursor = (activity: EngagementActivityRecord): string =>
  encodeCursor([activity.heldFrom, activity.activityId]);

/** A partnership's activities by the day they began, then id, one page after the cursor. */
export async function listEngagementActivities(
  reader: Reader,
  filter: EngagementActivityFilter,
  page: PageRequest,
): Promise<PageOf<EngagementActivityRecord>> {
  const first = Math.min(Math.max(Math.trunc(page.first), 0), MAX_PAGE_SIZE);
  const query = reader
    .getRepository(EngagementActivityRecord)
    .createQueryBuilder('activity')
    .where('activity.partnershipId = :partnershipId', { partnershipId: filter.partnershipId })
    .orderBy('activity.heldFrom', 'ASC')
    .addOrderBy('activity.activityId', 'ASC')
    .limit(first + 1);
  if (filter.agreementId) {
    query.andWhere('activity.agreementId = :agreementId', { agreementId: filter.agreementId });
  }
  if (page.after) {
    const [heldFrom, activityId] = decodeCursor(page.after, 2);
    query.andWhere(
      `(activity.heldFrom > :heldFrom
        OR (activity.heldFrom = :heldFrom AND activity.activityId > :activityId))`,
      { heldFrom, activityId },
    );
  }
  return pageFrom(await query.getMany(), first, engagementActivityCursor);
}

/**
 * "How did communities shape this?": every influence recorded on the target, in the order
 * recorded. Their activities come from `engagementActivitiesByIds`.
 */
export async function influencesOn(
  reader: Reader,
  target: InfluenceTarget,
): Promise<EngagementInfluenceRecord[]> {
  const query = reader
    .getRepository(EngagementInfluenceRecord)
    .createQueryBuilder('influence')
    .where('influence.targetKind = :kind', { kind: target.kind })
    .andWhere('influence.targetId = :id', { id: target.id })
    .orderBy('influence.recordedPosition', 'ASC');
  if (target.agreementId) {
    query.andWhere('influence.targetAgreementId = :agreementId', {
      agreementId: target.agreementId,
    });
  }
  return query.getMany();
}

/** Batch: the activities with these ids (those that exist). */
export async function engagementActivitiesByIds(
  reader: Reader,
  activityIds: readonly string[],
): Promise<EngagementActivityRecord[]> {
  if (activityIds.length === 0) return [];
  return reader
    .getRepository(EngagementActivityRecord)
    .createQueryBuilder('activity')
    .where('activity.activityId IN (:...activityIds)', { activityIds: unique(activityIds) })
    .orderBy('activity.activityId', 'ASC')
    .getMany();
}

/** Batch: who took part in these activities, each activity's in the order listed. */
export async function participantsOfActivities(
  reader: Reader,
  activityIds: readonly string[],
): Promise<EngagementParticipantRecord[]> {
  if (activityIds.length === 0) return [];
  return reader
    .getRepository(EngagementParticipantRecord)
    .createQueryBuilder('participant')
    .where('participant.activityId IN (:...activityIds)', { activityIds: unique(activityIds) })
    .orderBy('participant.activityId', 'ASC')
    .addOrderBy('participant.ordinal', 'ASC')
    .getMany();
}

/** Batch: the influences recorded from these activities, in the order recorded. */
export async function influencesOfActivities(
  reader: Reader,
  activityIds: readonly string[],
): Promise<EngagementInfluenceRecord[]> {
  if (activityIds.length === 0) return [];
  return reader
    .getRepository(EngagementInfluenceRecord)
    .createQueryBuilder('influence')
    .where('influence.activityId IN (:...activityIds)', { activityIds: unique(activityIds) })
    .orderBy('influence.activityId', 'ASC')
    .addOrderBy('influence.recordedPosition', 'ASC')
    .getMany();
}

/** Batch: the feedback given after these activities, in the order given. */
export async function feedbackOfActivities(
  reader: Reader,
  activityIds: readonly string[],
): Promise<EngagementFeedbackRecord[]> {
  if (activityIds.length === 0) return [];
  return reader
    .getRepository(EngagementFeedbackRecord)
    .createQueryBuilder('feedback')
    .where('feedback.activityId IN (:...activityIds)', { activityIds: unique(activityIds) })
    .orderBy('feedback.activityId', 'ASC')
    .addOrderBy('feedback.revision', 'ASC')
    .getMany();
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
