import type {
  EngagementActivityRecorded,
  EngagementFeedbackGiven,
  EngagementInfluenceRecorded,
} from '@concordat/domain';
import type { StoredEvent } from '@concordat/event-store';
import type { Projection, ProjectionWrites } from '../infrastructure/projection';

/**
 * Community engagement: each activity with who took part, how what was heard shaped the
 * agreement or a commitment (influences, the answer to "how did communities shape this?"), and
 * how the partnership reported back (feedback given).
 *
 * Idempotent: the activity row keeps the last revision of its stream applied, and an event at
 * or below it is skipped whole; children are keyed by the activity with the participant's place
 * in the list, the influence id, or the feedback event's stream revision.
 */
export const engagementProjection: Projection = {
  name: 'engagement',
  version: 1,
  eventTypes: new Set([
    'EngagementActivityRecorded',
    'EngagementInfluenceRecorded',
    'EngagementFeedbackGiven',
  ]),
  ddl: `
    CREATE TABLE activities (
      activity_id text PRIMARY KEY,
      partnership_id text NOT NULL,
      agreement_id text,
      held_from date NOT NULL,
      held_to date NOT NULL,
      method text NOT NULL,
      people_reached integer,
      summary text NOT NULL,
      participant_count integer NOT NULL,
      influence_count integer NOT NULL DEFAULT 0,
      feedback_count integer NOT NULL DEFAULT 0,
      recorded_at timestamptz NOT NULL,
      last_revision bigint NOT NULL
    );
    CREATE INDEX activities_by_partnership ON activities (partnership_id, held_from, activity_id);
    CREATE INDEX activities_by_agreement ON activities (agreement_id, held_from, activity_id);

    CREATE TABLE participants (
      activity_id text NOT NULL,
      ordinal integer NOT NULL,
      name text NOT NULL,
      kind text NOT NULL,
      partner_id text,
      represents_disadvantaged_people boolean NOT NULL,
      PRIMARY KEY (activity_id, ordinal)
    );

    CREATE TABLE influences (
      activity_id text NOT NULL,
      influence_id text NOT NULL,
      partnership_id text NOT NULL,
      target_kind text NOT NULL,
      target_id text NOT NULL,
      target_agreement_id text NOT NULL,
      what_changed text NOT NULL,
      recorded_at timestamptz NOT NULL,
      recorded_position bigint NOT NULL,
      PRIMARY KEY (activity_id, influence_id)
    );
    CREATE INDEX influences_by_target ON influences (target_kind, target_id, target_agreement_id);

    CREATE TABLE feedback (
      activity_id text NOT NULL,
      revision bigint NOT NULL,
      partnership_id text NOT NULL,
      given_on date NOT NULL,
      channel text NOT NULL,
      text text NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (activity_id, revision)
    );
  `,
  async apply(tx: ProjectionWrites, event: StoredEvent): Promise<void> {
    switch (event.type) {
      case 'EngagementActivityRecorded':
        return activityRecorded(tx, event);
      case 'EngagementInfluenceRecorded':
        return influenceRecorded(tx, event);
      case 'EngagementFeedbackGiven':
        return feedbackGiven(tx, event);
      default:
        return;
    }
  },
};

async function activityRecorded(tx: ProjectionWrites, event: StoredEvent): Promise<void> {
  const data = dataOf<EngagementActivityRecorded['data']>(event);
  const inserted = await tx.query<{ activity_id: string }>(
    `INSERT INTO activities (activity_id, partnership_id, agreement_id, held_from, held_to,
       method, people_reached, summary, participant_count, recorded_at, last_revision)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (activity_id) DO NOTHING
     RETURNING activity_id`,
    [
      data.activityId,
      data.partnershipId,
      data.agreementId,
      data.held.from,
      data.held.to,
      data.method,
      data.peopleReached ?? null,
      data.summary,
      data.participants.length,
      event.metadata.occurredAt,
      event.streamRevision.toString(),
    ],
  );
  if (inserted.length === 0) return;
  for (const [ordinal, participant] of data.participants.entries()) {
    tx.write(
      `INSERT INTO participants (activity_id, ordinal, name, kind, partner_id,
         represents_disadvantaged_people)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (activity_id, ordinal) DO NOTHING`,
      [
        data.activityId,
        ordinal,
        participant.name,
        participant.kind,
        participant.partnerId ?? null,
        participant.representsDisadvantagedPeople,
      ],
    );
  }
}

/**
 * Moves the activity to this revision and bumps one of its counts; false when it is there
 * already (a repeat), so the caller writes nothing.
 */
async function claimRevision(
  tx: ProjectionWrites,
  activityId: string,
  event: StoredEvent,
  count: 'influence_count' | 'feedback_count',
): Promise<boolean> {
  const claimed = await tx.query<{ activity_id: string }>(
    `UPDATE activities SET last_revision = $2, ${count} = ${count} + 1
      WHERE activity_id = $1 AND last_revision < $2
      RETURNING activity_id`,
    [activityId, event.streamRevision.toString()],
  );
  return claimed.length > 0;
}

async function influenceRecorded(tx: ProjectionWrites, event: StoredEvent): Promise<void> {
  const data = dataOf<EngagementInfluenceRecorded['data']>(event);
  if (!(await claimRevision(tx, data.activityId, event, 'influence_count'))) return;
  tx.write(
    `INSERT INTO influences (activity_id, influence_id, partnership_id, target_kind, target_id,
       target_agreement_id, what_changed, recorded_at, recorded_position)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (activity_id, influence_id) DO NOTHING`,
    [
      data.activityId,
      data.influenceId,
      data.partnershipId,
      data.target.kind,
      data.target.id,
      data.target.agreementId,
      data.whatChanged,
      event.metadata.occurredAt,
      event.globalPosition.toString(),
    ],
  );
}

async function feedbackGiven(tx: ProjectionWrites, event: StoredEvent): Promise<void> {
  const data = dataOf<EngagementFeedbackGiven['data']>(event);
  if (!(await claimRevision(tx, data.activityId, event, 'feedback_count'))) return;
  tx.write(
    `INSERT INTO feedback (activity_id, revision, partnership_id, given_on, channel, text,
       recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (activity_id, revision) DO NOTHING`,
    [
      data.activityId,
      event.streamRevision.toString(),
      data.partnershipId,
      data.givenOn,
      data.channel,
      data.text,
      event.metadata.occurredAt,
    ],
  );
}

/** The event's data as its domain type (the store keeps it as plain JSON). */
function dataOf<T>(event: StoredEvent): T {
  return event.data as unknown as T;
}
