import type { CommitmentProgressReported } from '@concordat/domain';
import type { StoredEvent } from '@concordat/event-store';
import type { ProjectionWrites } from '../infrastructure/projection';

/** A report's columns, in the order of the statement's arrays. */
type ReportRow = readonly [
  eventId: string,
  commitmentId: string,
  revision: string,
  status: string,
  note: string,
  evidenceUrl: string | null,
  periodStart: string | undefined,
  periodEnd: string | undefined,
  reportedAt: string,
  reportedBy: string,
];

interface QueuedReports {
  readonly rows: ReportRow[];
  /** The commitments the rows are about: only their other events must wait for the rows. */
  readonly commitments: Set<string>;
}

/**
 * Progress reports, the most frequent event of all, are written a run at a time: a batch's reports
 * go in one statement, written with the batch, or sooner when another event of a commitment they
 * are about comes (every write touches one commitment's rows, so only that order matters).
 */
const queuedReports = new WeakMap<ProjectionWrites, QueuedReports>();

export function queueProgressReport(
  tx: ProjectionWrites,
  stored: StoredEvent,
  data: CommitmentProgressReported['data'],
  at: string,
): void {
  let queued = queuedReports.get(tx);
  if (!queued) queuedReports.set(tx, (queued = { rows: [], commitments: new Set() }));
  queued.commitments.add(data.commitmentId);
  queued.rows.push([
    stored.id,
    data.commitmentId,
    stored.streamRevision.toString(),
    data.status,
    data.note,
    data.evidenceUrl,
    // Read before the database knows whether the commitment exists: for an unknown one the
    // event writes nothing, whatever it holds, as with every other event after the proposal.
    data.period?.start,
    data.period?.end,
    at,
    stored.metadata.actor,
  ]);
  tx.once('commitment progress reports', () => Promise.resolve(writeQueuedReports(tx)));
}

/**
 * Sends the queued reports ahead of whatever the batch writes next: all of them, or only if one
 * is about the given commitment.
 */
export function writeQueuedReports(tx: ProjectionWrites, commitmentId?: string): void {
  const queued = queuedReports.get(tx);
  if (!queued || (commitmentId !== undefined && !queued.commitments.has(commitmentId))) return;
  queuedReports.delete(tx);
  const { rows } = queued;
  tx.write(
    WRITE_REPORTS,
    rows[0]!.map((_, column) => rows.map((row) => row[column])),
  );
}

/**
 * The same as applying the reports one by one: a report counts only when its commitment exists
 * and its revision is past both the commitment's `last_revision` and every report before it in
 * the run (so a report seen again writes nothing); the commitment takes the last report that counted as its latest
 * progress, and every report that counted is kept.
 */
const WRITE_REPORTS = `
  WITH run AS (
    SELECT report.*,
           max(report.stream_revision) OVER (PARTITION BY report.commitment_id
             ORDER BY report.ordinal ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
             AS revision_before
      FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[],
                  $7::date[], $8::date[], $9::timestamptz[], $10::text[]) WITH ORDINALITY
             AS report(event_id, commitment_id, stream_revision, status, note, evidence_url,
                       period_start, period_end, reported_at, reported_by, ordinal)
  ),
  counted AS (
    -- A subquery per report, which the planner keeps an index lookup: as a join it would scan
    -- the whole table to hash it, for a few hundred reports.
    SELECT run.* FROM run
     WHERE run.stream_revision > (SELECT greatest(c.last_revision, run.revision_before)
                                    FROM commitments c WHERE c.commitment_id = run.commitment_id)
  ),
  advanced AS (
    UPDATE commitments c
       SET last_revision = latest.stream_revision, updated_at = latest.reported_at,
           latest_progress_status = latest.status, latest_progress_note = latest.note,
           latest_progress_evidence_url = latest.evidence_url,
           latest_progress_period_start = latest.period_start,
           latest_progress_period_end = latest.period_end,
           latest_progress_reported_at = latest.reported_at
      FROM (SELECT DISTINCT ON (commitment_id) * FROM counted
             ORDER BY commitment_id, stream_revision DESC) AS latest
     WHERE c.commitment_id = latest.commitment_id
  )
  INSERT INTO commitment_progress_reports (event_id, commitment_id, stream_revision, status, note,
      evidence_url, period_start, period_end, reported_at, reported_by)
  SELECT event_id, commitment_id, stream_revision, status, note, evidence_url, period_start,
         period_end, reported_at, reported_by
    FROM counted
  ON CONFLICT (event_id) DO NOTHING`;
