import { dateOf, type CalendarDate, type DraftedAgreement } from '@concordat/domain';
import {
  everyPage,
  feedbackOfActivities,
  influencesOfActivities,
  listEngagementActivities,
  participantsOfActivities,
} from '@concordat/read-models';
import type { ActivityFact } from '../annual/annual-report.inputs';
import type { ReportSources } from './report-sources';

/** The day (UTC) of an instant the read models keep: when the command said it happened. */
const dayOf = (instant: Date) => dateOf(instant.toISOString());

/**
 * The partnership's engagement activities recorded by the end of `asKnownAt`, those that
 * informed this agreement or none in particular, with the changes recorded and the reports back
 * given by then.
 */
export async function activityFacts(
  { readModels }: ReportSources,
  agreement: DraftedAgreement,
  asKnownAt: CalendarDate,
): Promise<ActivityFact[]> {
  const { partnershipId, agreementId } = agreement;
  const activities = (
    await everyPage((page) => listEngagementActivities(readModels, { partnershipId }, page))
  ).filter(
    (activity) =>
      (activity.agreementId === null || activity.agreementId === agreementId) &&
      dayOf(activity.recordedAt) <= asKnownAt,
  );
  const ids = activities.map((activity) => activity.activityId);
  const [participants, influences, feedback] = await Promise.all([
    participantsOfActivities(readModels, ids),
    influencesOfActivities(readModels, ids),
    feedbackOfActivities(readModels, ids),
  ]);
  return activities.map((activity) => {
    const of = <T extends { activityId: string }>(rows: readonly T[]) =>
      rows.filter((row) => row.activityId === activity.activityId);
    return {
      activityId: activity.activityId,
      heldFrom: activity.heldFrom,
      heldTo: activity.heldTo,
      method: activity.method,
      peopleReached: activity.peopleReached,
      summary: activity.summary,
      participants: of(participants).map((participant) => participant.name),
      influences: of(influences).filter((i) => dayOf(i.recordedAt) <= asKnownAt).length,
      feedback: of(feedback).filter((f) => f.givenOn <= asKnownAt).length,
    };
  });
}
