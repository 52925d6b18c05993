import type {
  BoardMeetingHeld,
  DecisionActionCompleted,
  DecisionRecorded,
} from '@concordat/domain';
import type { StoredEvent } from '@concordat/event-store';
import type { Projection, ProjectionWrites } from '../infrastructure/projection';

/**
 * Board meetings with their decisions, what each decision was about and the actions it
 * assigned (stream `meeting-<id>`). Decision and action ids are unique within their meeting,
 * so the meeting id is part of every key. Each decision or completion first moves the
 * meeting's `last_revision` forward; an event at or behind it was applied already.
 */
export const meetingsProjection: Projection = {
  name: 'meetings',
  version: 1,
  eventTypes: new Set(['BoardMeetingHeld', 'DecisionRecorded', 'DecisionActionCompleted']),
  ddl: `
    CREATE TABLE meetings (
      meeting_id text PRIMARY KEY,
      partnership_id text NOT NULL,
      date date NOT NULL,
      location text NOT NULL,
      attendees text[] NOT NULL,
      apologies text[] NOT NULL,
      other_attendees jsonb NOT NULL,
      quorum_minimum_members_present integer NOT NULL,
      quorum_chair_must_attend boolean NOT NULL,
      board_members_present integer NOT NULL,
      chair_present boolean NOT NULL,
      quorate boolean NOT NULL,
      recorded_at timestamptz NOT NULL,
      last_revision bigint NOT NULL
    );
    CREATE INDEX meetings_by_partnership ON meetings (partnership_id, date, meeting_id);

    CREATE TABLE decisions (
      meeting_id text NOT NULL,
      decision_id text NOT NULL,
      partnership_id text NOT NULL,
      decided_on date NOT NULL,
      kind text NOT NULL,
      rationale text NOT NULL,
      taking_part text[] NOT NULL,
      vote_for integer,
      vote_against integer,
      vote_abstain integer,
      carried boolean NOT NULL,
      recorded_at timestamptz NOT NULL,
      recorded_revision bigint NOT NULL,
      PRIMARY KEY (meeting_id, decision_id)
    );
    CREATE INDEX decisions_by_partnership
      ON decisions (partnership_id, decided_on, meeting_id, decision_id);
    CREATE INDEX decisions_by_kind
      ON decisions (partnership_id, kind, decided_on, meeting_id, decision_id);

    CREATE TABLE decision_subjects (
      meeting_id text NOT NULL,
      decision_id text NOT NULL,
      subject_kind text NOT NULL,
      subject_id text NOT NULL,
      position integer NOT NULL,
      PRIMARY KEY (meeting_id, decision_id, subject_kind, subject_id)
    );
    CREATE INDEX decision_subjects_by_subject
      ON decision_subjects (subject_kind, subject_id, meeting_id, decision_id);

    CREATE TABLE decision_actions (
      meeting_id text NOT NULL,
      action_id text NOT NULL,
      decision_id text NOT NULL,
      partnership_id text NOT NULL,
      description text NOT NULL,
      owner_kind text NOT NULL,
      owner_id text NOT NULL,
      due_date date NOT NULL,
      completed_on date,
      completion_note text,
      last_revision bigint NOT NULL,
      PRIMARY KEY (meeting_id, action_id)
    );
    CREATE INDEX decision_actions_by_decision ON decision_actions (meeting_id, decision_id);
    CREATE INDEX decision_actions_open
      ON decision_actions (partnership_id, due_date) WHERE completed_on IS NULL;
  `,
  async apply(tx: ProjectionWrites, event: StoredEvent): Promise<void> {
    const revision = event.streamRevision.toString();
    switch (event.type) {
      case 'BoardMeetingHeld': {
        const data = dataOf<BoardMeetingHeld['data']>(event);
        tx.write(
          `INSERT INTO meetings
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
           ON CONFLICT (meeting_id) DO NOTHING`,
          [
            data.meetingId,
            data.partnershipId,
            data.date,
            data.location,
            [...data.attendees],
            [...data.apologies],
            JSON.stringify(data.otherAttendees.map(({ name, role }) => ({ name, role }))),
            data.quorum.minimumMembersPresent,
            data.quorum.chairMustAttend,
            data.boardMembersPresent,
            data.chairPresent,
            data.quorate,
            event.metadata.occurredAt,
            revision,
          ],
        );
        return;
      }
      case 'DecisionRecorded': {
        const data = dataOf<DecisionRecorded['data']>(event);
        if (!(await advance(tx, data.meetingId, revision))) return;
        await recordDecision(tx, data, event.metadata.occurredAt, revision);
        return;
      }
      case 'DecisionActionCompleted': {
        const data = dataOf<DecisionActionCompleted['data']>(event);
        if (!(await advance(tx, data.meetingId, revision))) return;
        tx.write(
          `UPDATE decision_actions
              SET completed_on = $3, completion_note = $4, last_revision = $5
            WHERE meeting_id = $1 AND action_id = $2 AND last_revision < $5`,
          [data.meetingId, data.actionId, data.completedOn, data.note, revision],
        );
        return;
      }
      default:
        return;
    }
  },
};

/**
 * Moves the meeting's revision to this event's; false when it is there already (the event was
 * applied before) or the meeting is unknown, and then the event writes nothing.
 */
async function advance(
  tx: ProjectionWrites,
  meetingId: string,
  revision: string,
): Promise<boolean> {
  const moved = await tx.query(
    `UPDATE meetings SET last_revision = $2
      WHERE meeting_id = $1 AND last_revision < $2
      RETURNING meeting_id`,
    [meetingId, revision],
  );
  return moved.length > 0;
}

async function recordDecision(
  tx: ProjectionWrites,
  data: DecisionRecorded['data'],
  recordedAt: string,
  revision: string,
): Promise<void> {
  const { meetingId, decisionId, vote } = data;
  tx.write(
    `INSERT INTO decisions VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (meeting_id, decision_id) DO NOTHING`,
    [
      meetingId,
      decisionId,
      data.partnershipId,
      data.decidedOn,
      data.kind,
      data.rationale,
      [...data.takingPart],
      vote?.for ?? null,
      vote?.against ?? null,
      vote?.abstain ?? null,
      data.carried,
      recordedAt,
      revision,
    ],
  );
  for (const [position, subject] of data.subjects.entries()) {
    tx.write(
      `INSERT INTO decision_subjects VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (meeting_id, decision_id, subject_kind, subject_id) DO NOTHING`,
      [meetingId, decisionId, subject.kind, subject.id, position + 1],
    );
  }
  for (const action of data.actions) {
    tx.write(
      `INSERT INTO decision_actions VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL, $9)
       ON CONFLICT (meeting_id, action_id) DO NOTHING`,
      [
        meetingId,
        action.actionId,
        decisionId,
        data.partnershipId,
        action.description,
        action.owner.kind,
        action.owner.id,
        action.dueDate,
        revision,
      ],
    );
  }
}

/** The event's data as its domain type (these events have no older versions to upcast). */
function dataOf<T>(event: StoredEvent): T {
  return event.data as unknown as T;
}
