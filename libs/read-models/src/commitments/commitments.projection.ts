import {
  commitmentUpcasters,
  type CommitmentAccepted,
  type CommitmentDelivered,
  type CommitmentFlagCleared,
  type CommitmentFlaggedForBoard,
  type CommitmentLapsed,
  type CommitmentParty,
  type CommitmentProgressReported,
  type CommitmentProposed,
  type CommitmentRejected,
  type CommitmentRevised,
  type CommitmentTerms,
  type CommitmentWithdrawn,
} from '@concordat/domain';
import type { StoredEvent } from '@concordat/event-store';
import { upcastEvent } from '@concordat/shared-kernel';
import type { Projection, ProjectionWrites } from '../infrastructure/projection';
import { queueProgressReport, writeQueuedReports } from './commitment-progress-reports';

/** Every status a commitment can have, in the order of its lifecycle. */
export const COMMITMENT_STATUSES = [
  'proposed',
  'accepted',
  'rejected',
  'delivered',
  'withdrawn',
  'lapsed',
] as const;

export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/**
 * Commitments, one stream (`commitment-<id>`) each: a row per commitment with its current terms,
 * status, acceptance, latest progress and closure; its parties with their shares; every progress
 * report (keyed by event id); and the flags raised for the board when a party left the
 * partnership. Every event after the proposal first moves the commitment row's `last_revision`
 * forward; an event at or behind it was applied already and writes nothing.
 *
 * `open_flags` counts the flags not yet cleared while the commitment is open, and is 0 once it is
 * closed, as the domain keeps no flags on a closed commitment; the flag rows stay as history.
 * Ids that lists are ordered by compare byte by byte (COLLATE "C"), so PostgreSQL and PGlite
 * order, and page, alike whatever the database's locale.
 */
export const commitmentsProjection: Projection = {
  name: 'commitments',
  // Version 2 leaves room in each page of commitments for the row's next version (fillfactor), so
  // that updating its latest progress need not touch its indexes.
  version: 2,
  eventTypes: new Set([
    'CommitmentProposed',
    'CommitmentAccepted',
    'CommitmentRejected',
    'CommitmentProgressReported',
    'CommitmentDelivered',
    'CommitmentRevised',
    'CommitmentWithdrawn',
    'CommitmentLapsed',
    'CommitmentFlaggedForBoard',
    'CommitmentFlagCleared',
  ]),
  ddl: `
    CREATE TABLE commitments (
      commitment_id text COLLATE "C" PRIMARY KEY,
      partnership_id text NOT NULL,
      agreement_id text NOT NULL,
      local_outcome_id text COLLATE "C" NOT NULL,
      action text NOT NULL,
      lead_partner_id text NOT NULL,
      status text NOT NULL CHECK (status IN
        ('proposed', 'accepted', 'rejected', 'delivered', 'withdrawn', 'lapsed')),
      due_date date NOT NULL,
      officer_name text NOT NULL,
      officer_role text NOT NULL,
      money_minor_units bigint NOT NULL,
      currency text NOT NULL,
      funding_stream text,
      staff_fte numeric NOT NULL,
      in_kind text,
      accepted_meeting_id text,
      accepted_decision_id text,
      accepted_on date,
      rejected_meeting_id text,
      rejected_decision_id text,
      rejected_on date,
      rejection_reason text,
      withdrawn_by_partner_id text,
      withdrawal_reason text,
      withdrawn_at timestamptz,
      lapsed_on date,
      delivered_on date,
      delivery_note text,
      delivery_evidence_url text,
      latest_progress_status text,
      latest_progress_note text,
      latest_progress_evidence_url text,
      latest_progress_period_start date,
      latest_progress_period_end date,
      latest_progress_reported_at timestamptz,
      revision_count integer NOT NULL,
      revised_meeting_id text,
      revised_decision_id text,
      revised_on date,
      revised_terms text[],
      open_flags integer NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      last_revision bigint NOT NULL
    ) WITH (fillfactor = 70);
    CREATE INDEX commitments_by_due ON commitments (due_date, commitment_id);
    CREATE INDEX commitments_of_partnership
      ON commitments (partnership_id, due_date, commitment_id);
    CREATE INDEX commitments_of_outcome ON commitments (agreement_id, local_outcome_id);
    CREATE INDEX commitments_flagged ON commitments (partnership_id) WHERE open_flags > 0;

    CREATE TABLE commitment_parties (
      commitment_id text COLLATE "C" NOT NULL,
      partner_id text COLLATE "C" NOT NULL,
      position integer NOT NULL,
      is_lead boolean NOT NULL,
      money_minor_units bigint NOT NULL,
      currency text NOT NULL,
      staff_fte numeric NOT NULL,
      effort_percent numeric NOT NULL,
      PRIMARY KEY (commitment_id, partner_id)
    );
    CREATE INDEX commitment_parties_by_partner ON commitment_parties (partner_id, commitment_id);

    CREATE TABLE commitment_progress_reports (
      event_id text PRIMARY KEY,
      commitment_id text COLLATE "C" NOT NULL,
      stream_revision bigint NOT NULL,
      status text NOT NULL CHECK (status IN ('on_track', 'at_risk', 'off_track')),
      note text NOT NULL,
      evidence_url text,
      period_start date NOT NULL,
      period_end date NOT NULL,
      reported_at timestamptz NOT NULL,
      reported_by text NOT NULL
    );
    CREATE INDEX commitment_progress_reports_of_commitment
      ON commitment_progress_reports (commitment_id, stream_revision);

    CREATE TABLE commitment_flags (
      commitment_id text COLLATE "C" NOT NULL,
      raised_revision bigint NOT NULL,
      partner_id text NOT NULL,
      reason text NOT NULL,
      raised_at timestamptz NOT NULL,
      cleared_revision bigint,
      cleared_meeting_id text,
      cleared_decision_id text,
      cleared_on date,
      cleared_at timestamptz,
      PRIMARY KEY (commitment_id, raised_revision)
    );
    CREATE INDEX commitment_flags_raised
      ON commitment_flags (commitment_id, partner_id) WHERE cleared_revision IS NULL;
  `,
  async apply(tx: ProjectionWrites, stored: StoredEvent): Promise<void> {
    const event = upcastEvent(commitmentUpcasters, {
      type: stored.type,
      schemaVersion: stored.schemaVersion,
      data: stored.data,
    });
    const at = stored.metadata.occurredAt;
    const revision = stored.streamRevision.toString();

    if (event.type === 'CommitmentProgressReported') {
      queueProgressReport(tx, stored, event.data as CommitmentProgressReported['data'], at);
      return;
    }
    // Reports queued about this commitment go first, so that its rows change in the log's order.
    writeQueuedReports(tx, (event.data as { commitmentId: string }).commitmentId);

    // The frequent events are one statement each that needs no answer; the rare ones ask first
    // whether the event moves the commitment on.
    if (event.type === 'CommitmentProposed') {
      propose(tx, event.data as CommitmentProposed['data'], at, revision);
      return;
    }
    if (event.type === 'CommitmentAccepted') {
      accept(tx, event.data as CommitmentAccepted['data'], at, revision);
      return;
    }

    const { commitmentId } = event.data as { commitmentId: string };
    if (!(await advance(tx, commitmentId, revision, at))) return;

    switch (event.type) {
      case 'CommitmentRejected': {
        const data = event.data as CommitmentRejected['data'];
        tx.write(
          `UPDATE commitments
              SET status = 'rejected', rejected_meeting_id = $2, rejected_decision_id = $3,
                  rejected_on = $4::date, rejection_reason = $5
            WHERE commitment_id = $1`,
          [
            commitmentId,
            data.decision.meetingId,
            data.decision.decisionId,
            data.decidedOn,
            data.reason,
          ],
        );
        await countOpenFlags(tx, commitmentId);
        return;
      }
      case 'CommitmentDelivered': {
        const data = event.data as CommitmentDelivered['data'];
        tx.write(
          `UPDATE commitments
              SET status = 'delivered', delivered_on = $2::date, delivery_note = $3,
                  delivery_evidence_url = $4
            WHERE commitment_id = $1`,
          [commitmentId, data.deliveredOn, data.note, data.evidenceUrl],
        );
        await countOpenFlags(tx, commitmentId);
        return;
      }
      case 'CommitmentRevised': {
        const data = event.data as CommitmentRevised['data'];
        revise(tx, data);
        return;
      }
      case 'CommitmentWithdrawn': {
        const data = event.data as CommitmentWithdrawn['data'];
        tx.write(
          `UPDATE commitments
              SET status = 'withdrawn', withdrawn_by_partner_id = $2, withdrawal_reason = $3,
                  withdrawn_at = $4::timestamptz
            WHERE commitment_id = $1`,
          [commitmentId, data.partnerId, data.reason, at],
        );
        await countOpenFlags(tx, commitmentId);
        return;
      }
      case 'CommitmentLapsed': {
        const data = event.data as CommitmentLapsed['data'];
        tx.write(
          `UPDATE commitments SET status = 'lapsed', lapsed_on = $2::date
            WHERE commitment_id = $1`,
          [commitmentId, data.lapsedOn],
        );
        await countOpenFlags(tx, commitmentId);
        return;
      }
      case 'CommitmentFlaggedForBoard': {
        const data = event.data as CommitmentFlaggedForBoard['data'];
        tx.write(
          `INSERT INTO commitment_flags (commitment_id, raised_revision, partner_id, reason, raised_at)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (commitment_id, raised_revision) DO NOTHING`,
          [commitmentId, revision, data.partnerId, data.reason, at],
        );
        await countOpenFlags(tx, commitmentId);
        return;
      }
      case 'CommitmentFlagCleared': {
        const data = event.data as CommitmentFlagCleared['data'];
        tx.write(
          `UPDATE commitment_flags
              SET cleared_revision = $3, cleared_meeting_id = $4, cleared_decision_id = $5,
                  cleared_on = $6::date, cleared_at = $7::timestamptz
            WHERE commitment_id = $1 AND partner_id = $2 AND cleared_revision IS NULL
              AND raised_revision < $3`,
          [
            commitmentId,
            data.partnerId,
            revision,
            data.decision.meetingId,
            data.decision.decisionId,
            data.decidedOn,
            at,
          ],
        );
        await countOpenFlags(tx, commitmentId);
        return;
      }
      default:
        return;
    }
  },
};

/**
 * Moves the commitment's revision to this event's; false when it is there already (the event
 * was applied before) or the commitment is unknown, and then the event writes nothing.
 */
async function advance(
  tx: ProjectionWrites,
  commitmentId: string,
  revision: string,
  at: string,
): Promise<boolean> {
  const moved = await tx.query(
    `UPDATE commitments SET last_revision = $2, updated_at = $3::timestamptz
      WHERE commitment_id = $1 AND last_revision < $2
      RETURNING commitment_id`,
    [commitmentId, revision, at],
  );
  return moved.length > 0;
}

/** The commitment and its parties, in one statement; nothing when it is known already. */
function propose(
  tx: ProjectionWrites,
  data: CommitmentProposed['data'],
  at: string,
  revision: string,
): void {
  const { resources, accountableOfficer } = data;
  tx.write(
    `WITH proposed AS (
       INSERT INTO commitments (
         commitment_id, partnership_id, agreement_id, local_outcome_id, action, lead_partner_id,
         status, due_date, officer_name, officer_role, money_minor_units, currency,
         funding_stream, staff_fte, in_kind, revision_count, open_flags, created_at, updated_at,
         last_revision)
       VALUES ($8, $9, $10, $11, $12, $13, 'proposed', $14::date, $15, $16, $17, $18, $19, $20,
         $21, 0, 0, $22::timestamptz, $22::timestamptz, $23)
       ON CONFLICT (commitment_id) DO NOTHING
       RETURNING commitment_id)
     INSERT INTO commitment_parties (commitment_id, ${PARTY_COLUMNS})
     SELECT proposed.commitment_id, party.* FROM proposed, ${PARTY_ROWS}
     ON CONFLICT (commitment_id, partner_id) DO NOTHING`,
    [
      ...partyArrays(data),
      data.commitmentId,
      data.partnershipId,
      data.agreementId,
      data.localOutcomeId,
      data.action,
      data.leadPartnerId,
      data.dueDate,
      accountableOfficer.name,
      accountableOfficer.role,
      resources.money.minorUnits,
      resources.money.currency,
      resources.fundingStream,
      resources.staffFte,
      resources.inKind,
      at,
      revision,
    ],
  );
}

/** Acceptance moves the revision on and records the decision, in one statement. */
function accept(
  tx: ProjectionWrites,
  data: CommitmentAccepted['data'],
  at: string,
  revision: string,
): void {
  tx.write(
    `UPDATE commitments
        SET last_revision = $5::bigint, updated_at = $6::timestamptz,
            status = CASE WHEN status = 'proposed' THEN 'accepted' ELSE status END,
            accepted_meeting_id = $2, accepted_decision_id = $3, accepted_on = $4::date
      WHERE commitment_id = $1 AND last_revision < $5::bigint`,
    [
      data.commitmentId,
      // Read before the database knows whether the commitment exists: for an unknown one the
      // event writes nothing, whatever it holds.
      data.decision?.meetingId,
      data.decision?.decisionId,
      data.decidedOn,
      revision,
      at,
    ],
  );
}

/** The revised terms replace the old ones whole, parties and their shares included. */
function revise(tx: ProjectionWrites, data: CommitmentRevised['data']): void {
  const { terms, decision } = data;
  tx.write(
    `UPDATE commitments
        SET action = $2, lead_partner_id = $3, due_date = $4::date, officer_name = $5,
            officer_role = $6, money_minor_units = $7, currency = $8, funding_stream = $9,
            staff_fte = $10, in_kind = $11, revision_count = revision_count + 1,
            revised_meeting_id = $12, revised_decision_id = $13, revised_on = $14::date,
            revised_terms = $15::text[]
      WHERE commitment_id = $1`,
    [
      data.commitmentId,
      terms.action,
      terms.leadPartnerId,
      terms.dueDate,
      terms.accountableOfficer.name,
      terms.accountableOfficer.role,
      terms.resources.money.minorUnits,
      terms.resources.money.currency,
      terms.resources.fundingStream,
      terms.resources.staffFte,
      terms.resources.inKind,
      decision.meetingId,
      decision.decisionId,
      data.decidedOn,
      [...data.changed],
    ],
  );
  tx.write('DELETE FROM commitment_parties WHERE commitment_id = $1', [data.commitmentId]);
  insertParties(tx, data.commitmentId, terms);
}

const PARTY_COLUMNS =
  'partner_id, position, is_lead, money_minor_units, currency, staff_fte, effort_percent';

/** The parties as rows, from parameters $1 to $7 of the statement, a column array each. */
const PARTY_ROWS = `unnest($1::text[], $2::integer[], $3::boolean[], $4::bigint[], $5::text[],
    $6::numeric[], $7::numeric[]) AS party(${PARTY_COLUMNS})`;

function partyArrays(terms: Pick<CommitmentTerms, 'parties' | 'leadPartnerId'>): unknown[][] {
  const { parties } = terms;
  return [
    parties.map((party: CommitmentParty) => party.partnerId),
    parties.map((_, position) => position),
    parties.map((party) => party.partnerId === terms.leadPartnerId),
    parties.map((party) => party.money.minorUnits),
    parties.map((party) => party.money.currency),
    parties.map((party) => party.staffFte),
    parties.map((party) => party.effortPercent),
  ];
}

function insertParties(
  tx: ProjectionWrites,
  commitmentId: string,
  terms: Pick<CommitmentTerms, 'parties' | 'leadPartnerId'>,
): void {
  tx.write(
    `INSERT INTO commitment_parties (commitment_id, ${PARTY_COLUMNS})
     SELECT $8, party.* FROM ${PARTY_ROWS}
     ON CONFLICT (commitment_id, partner_id) DO NOTHING`,
    [...partyArrays(terms), commitmentId],
  );
}

/** Flags count only while the commitment is open; the domain drops them when it closes. */
async function countOpenFlags(tx: ProjectionWrites, commitmentId: string): Promise<void> {
  tx.write(
    `UPDATE commitments c
        SET open_flags = CASE WHEN c.status IN ('proposed', 'accepted')
          THEN (SELECT count(*) FROM commitment_flags f
                 WHERE f.commitment_id = c.commitment_id AND f.cleared_revision IS NULL)
          ELSE 0 END
      WHERE c.commitment_id = $1`,
    [commitmentId],
  );
}
