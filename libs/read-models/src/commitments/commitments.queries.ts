import type { EntityManager } from 'typeorm';
import type { CommitmentProgressStatus } from '@concordat/domain';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../infrastructure/cursor';
import { pageFrom, type PageOf, type PageRequest } from '../infrastructure/page';
import { schemaOf } from '../infrastructure/projection';
import {
  COMMITMENT_STATUSES,
  commitmentsProjection,
  type CommitmentStatus,
} from './commitments.projection';

/** A TypeORM DataSource or EntityManager: anything that runs SQL with parameters. */
export type CommitmentsReadSource = Pick<EntityManager, 'query'>;
type Source = CommitmentsReadSource;

/** The live schema, qualified, as the readers see it (writers use the search path). */
export const COMMITMENTS_SCHEMA = schemaOf(commitmentsProjection);

const MAX_PAGE_SIZE = 100;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface CommitmentMoney {
  /** In the currency's smallest unit (pence for GBP). */
  readonly minorUnits: number;
  readonly currency: string;
}

/** A board decision as the commitment records it: where, and on which day. */
export interface CommitmentDecision {
  readonly meetingId: string;
  readonly decisionId: string;
  readonly decidedOn: string;
}

export interface CommitmentLatestProgress {
  readonly status: CommitmentProgressStatus;
  readonly note: string;
  readonly evidenceUrl: string | null;
  readonly periodStart: string;
  readonly periodEnd: string;
  /** When it was reported (the event's occurred-at), ISO-8601 in UTC. */
  readonly reportedAt: string;
}

export interface CommitmentView {
  readonly commitmentId: string;
  readonly partnershipId: string;
  readonly agreementId: string;
  readonly localOutcomeId: string;
  readonly action: string;
  readonly leadPartnerId: string;
  readonly status: CommitmentStatus;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
  readonly accountableOfficer: { readonly name: string; readonly role: string };
  readonly resources: {
    readonly money: CommitmentMoney;
    readonly fundingStream: string | null;
    readonly staffFte: number;
    readonly inKind: string | null;
  };
  readonly acceptedBy: CommitmentDecision | null;
  readonly rejection: (CommitmentDecision & { readonly reason: string }) | null;
  readonly withdrawal: {
    readonly partnerId: string;
    readonly reason: string;
    readonly withdrawnAt: string;
  } | null;
  readonly lapsedOn: string | null;
  readonly delivery: {
    readonly deliveredOn: string;
    readonly note: string;
    readonly evidenceUrl: string;
  } | null;
  readonly latestProgress: CommitmentLatestProgress | null;
  /** The decision behind the latest revision of the terms, and how many there have been. */
  readonly lastRevisedBy:
    | (CommitmentDecision & { readonly changed: readonly string[]; readonly revisions: number })
    | null;
  /** Flags for the board not yet cleared; 0 once the commitment is closed. */
  readonly openFlags: number;
  /** The stream revision of the last event this row reflects. */
  readonly streamRevision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface CommitmentPartyView {
  readonly commitmentId: string;
  readonly partnerId: string;
  readonly isLead: boolean;
  readonly money: CommitmentMoney;
  readonly staffFte: number;
  readonly effortPercent: number;
}

export interface CommitmentProgressReportView {
  readonly eventId: string;
  readonly commitmentId: string;
  readonly streamRevision: number;
  readonly status: CommitmentProgressStatus;
  readonly note: string;
  readonly evidenceUrl: string | null;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly reportedAt: string;
  readonly reportedBy: string;
}

export interface CommitmentFlagView {
  readonly commitmentId: string;
  readonly partnerId: string;
  readonly reason: string;
  readonly raisedAt: string;
  readonly cleared: (CommitmentDecision & { readonly clearedAt: string }) | null;
}

export interface CommitmentFilter {
  readonly partnershipId?: string | null;
  /** Only the commitments of these partnerships (none when empty): what the reader may see. */
  readonly partnershipIds?: readonly string[] | null;
  /** A party to the commitment, lead or not. */
  readonly partnerId?: string | null;
  readonly agreementId?: string | null;
  readonly localOutcomeId?: string | null;
  /** One status or any of several; an empty list does not filter. */
  readonly status?: CommitmentStatus | readonly CommitmentStatus[] | null;
  /** Due strictly before this date (YYYY-MM-DD). */
  readonly dueBefore?: string | null;
  /** Due strictly after this date (YYYY-MM-DD). */
  readonly dueAfter?: string | null;
  /** true: with a flag for the board not yet cleared; false: without one. */
  readonly flagged?: boolean | null;
}

/** Instants come back as ISO-8601 text in UTC, the same from PostgreSQL and PGlite. */
const isoInstant = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const COMMITMENT_COLUMNS = `
  c.commitment_id, c.partnership_id, c.agreement_id, c.local_outcome_id, c.action,
  c.lead_partner_id, c.status, c.due_date::text AS due_date, c.officer_name, c.officer_role,
  c.money_minor_units::text AS money_minor_units, c.currency, c.funding_stream,
  c.staff_fte::text AS staff_fte, c.in_kind,
  c.accepted_meeting_id, c.accepted_decision_id, c.accepted_on::text AS accepted_on,
  c.rejected_meeting_id, c.rejected_decision_id, c.rejected_on::text AS rejected_on,
  c.rejection_reason, c.withdrawn_by_partner_id, c.withdrawal_reason,
  ${isoInstant('c.withdrawn_at')} AS withdrawn_at, c.lapsed_on::text AS lapsed_on,
  c.delivered_on::text AS delivered_on, c.delivery_note, c.delivery_evidence_url,
  c.latest_progress_status, c.latest_progress_note, c.latest_progress_evidence_url,
  c.latest_progress_period_start::text AS latest_progress_period_start,
  c.latest_progress_period_end::text AS latest_progress_period_end,
  ${isoInstant('c.latest_progress_reported_at')} AS latest_progress_reported_at,
  c.revision_count, c.revised_meeting_id, c.revised_decision_id,
  c.revised_on::text AS revised_on, array_to_json(c.revised_terms)::text AS revised_terms,
  c.open_flags, c.last_revision::text AS last_revision,
  ${isoInstant('c.created_at')} AS created_at, ${isoInstant('c.updated_at')} AS updated_at`;

interface CommitmentRecord {
  commitment_id: string;
  partnership_id: string;
  agreement_id: string;
  local_outcome_id: string;
  action: string;
  lead_partner_id: string;
  status: CommitmentStatus;
  due_date: string;
  officer_name: string;
  officer_role: string;
  money_minor_units: string;
  currency: string;
  funding_stream: string | null;
  staff_fte: string;
  in_kind: string | null;
  accepted_meeting_id: string | null;
  accepted_decision_id: string | null;
  accepted_on: string | null;
  rejected_meeting_id: string | null;
  rejected_decision_id: string | null;
  rejected_on: string | null;
  rejection_reason: string | null;
  withdrawn_by_partner_id: string | null;
  withdrawal_reason: string | null;
  withdrawn_at: string | null;
  lapsed_on: string | null;
  delivered_on: string | null;
  delivery_note: string | null;
  delivery_evidence_url: string | null;
  latest_progress_status: CommitmentProgressStatus | null;
  latest_progress_note: string | null;
  latest_progress_evidence_url: string | null;
  latest_progress_period_start: string | null;
  latest_progress_period_end: string | null;
  latest_progress_reported_at: string | null;
  revision_count: number | string;
  revised_meeting_id: string | null;
  revised_decision_id: string | null;
  revised_on: string | null;
  revised_terms: string | null;
  open_flags: number | string;
  last_revision: string;
  created_at: string;
  updated_at: string;
}

function decision(
  meetingId: string | null,
  decisionId: string | null,
  decidedOn: string | null,
): CommitmentDecision | null {
  return meetingId !== null && decisionId !== null && decidedOn !== null
    ? { meetingId, decisionId, decidedOn }
    : null;
}

function toCommitment(row: CommitmentRecord): CommitmentView {
  const accepted = decision(row.accepted_meeting_id, row.accepted_decision_id, row.accepted_on);
  const rejected = decision(row.rejected_meeting_id, row.rejected_decision_id, row.rejected_on);
  const revised = decision(row.revised_meeting_id, row.revised_decision_id, row.revised_on);
  return {
    commitmentId: row.commitment_id,
    partnershipId: row.partnership_id,
    agreementId: row.agreement_id,
    localOutcomeId: row.local_outcome_id,
    action: row.action,
    leadPartnerId: row.lead_partner_id,
    status: row.status,
    dueDate: row.due_date,
    accountableOfficer: { name: row.officer_name, role: row.officer_role },
    resources: {
      money: { minorUnits: Number(row.money_minor_units), currency: row.currency },
      fundingStream: row.funding_stream,
      staffFte: Number(row.staff_fte),
      inKind: row.in_kind,
    },
    acceptedBy: accepted,
    rejection: rejected && { ...rejected, reason: row.rejection_reason ?? '' },
    withdrawal:
      row.withdrawn_by_partner_id !== null && row.withdrawn_at !== null
        ? {
            partnerId: row.withdrawn_by_partner_id,
            reason: row.withdrawal_reason ?? '',
            withdrawnAt: row.withdrawn_at,
          }
        : null,
    lapsedOn: row.lapsed_on,
    delivery:
      row.delivered_on !== null
        ? {
            deliveredOn: row.delivered_on,
            note: row.delivery_note ?? '',
            evidenceUrl: row.delivery_evidence_url ?? '',
          }
        : null,
    latestProgress:
      row.latest_progress_status !== null
        ? {
            status: row.latest_progress_status,
            note: row.latest_progress_note ?? '',
            evidenceUrl: row.latest_progress_evidence_url,
            periodStart: row.latest_progress_period_start ?? '',
            periodEnd: row.latest_progress_period_end ?? '',
            reportedAt: row.latest_progress_reported_at ?? '',
          }
        : null,
    lastRevisedBy: revised && {
      ...revised,
      changed: row.revised_terms === null ? [] : (JSON.parse(row.revised_terms) as string[]),
      revisions: Number(row.revision_count),
    },
    openFlags: Number(row.open_flags),
    streamRevision: Number(row.last_revision),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The cursor of a commitment in `listCommitments` order (due date, then id). */
export const commitmentCursor = (commitment: Pick<CommitmentView, 'dueDate' | 'commitmentId'>) =>
  encodeCursor([commitment.dueDate, commitment.commitmentId]);

/** Collects positional parameters as conditions name them. */
class Conditions {
  readonly params: unknown[] = [];
  readonly clauses: string[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(clause: string): void {
    this.clauses.push(clause);
  }

  where(): string {
    return this.clauses.length === 0 ? '' : `WHERE ${this.clauses.join(' AND ')}`;
  }
}

function ensureDate(value: string, field: string): string {
  if (!CALENDAR_DATE.test(value)) throw new RangeError(`${field} must be a date as YYYY-MM-DD`);
  return value;
}

function statusesOf(filter: CommitmentFilter['status']): readonly CommitmentStatus[] {
  if (filter === null || filter === undefined) return [];
  const statuses: readonly string[] = typeof filter === 'string' ? [filter] : filter;
  for (const status of statuses) {
    if (!(COMMITMENT_STATUSES as readonly string[]).includes(status)) {
      throw new RangeError(`${status} is not a commitment status`);
    }
  }
  return statuses as readonly CommitmentStatus[];
}

function ensurePageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new RangeError(`first must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/**
 * Commitments matching every condition of the filter, by due date then id, one page after the
 * cursor (keyset pagination: a page never repeats or skips a commitment that stays put).
 */
export async function listCommitments(
  source: Source,
  filter: CommitmentFilter,
  page: PageRequest,
): Promise<PageOf<CommitmentView>> {
  const first = ensurePageSize(page.first);
  const where = new Conditions();
  if (filter.partnershipId) where.add(`c.partnership_id = ${where.param(filter.partnershipId)}`);
  if (filter.partnershipIds) {
    where.add(`c.partnership_id = ANY(${where.param([...filter.partnershipIds])}::text[])`);
  }
  if (filter.agreementId) where.add(`c.agreement_id = ${where.param(filter.agreementId)}`);
  if (filter.localOutcomeId) {
    where.add(`c.local_outcome_id = ${where.param(filter.localOutcomeId)}`);
  }
  if (filter.partnerId) {
    where.add(
      `EXISTS (SELECT 1 FROM ${COMMITMENTS_SCHEMA}.commitment_parties p
                WHERE p.commitment_id = c.commitment_id
                  AND p.partner_id = ${where.param(filter.partnerId)})`,
    );
  }
  const statuses = statusesOf(filter.status);
  if (statuses.length > 0) where.add(`c.status = ANY(${where.param([...statuses])}::text[])`);
  if (filter.dueBefore) {
    where.add(`c.due_date < ${where.param(ensureDate(filter.dueBefore, 'dueBefore'))}::date`);
  }
  if (filter.dueAfter) {
    where.add(`c.due_date > ${where.param(ensureDate(filter.dueAfter, 'dueAfter'))}::date`);
  }
  if (filter.flagged === true) where.add('c.open_flags > 0');
  if (filter.flagged === false) where.add('c.open_flags = 0');
  if (page.after) {
    const [dueDate = '', commitmentId = ''] = decodeCursor(page.after, 2);
    if (!CALENDAR_DATE.test(dueDate)) throw new InvalidCursorError(page.after);
    where.add(
      `(c.due_date, c.commitment_id) > (${where.param(dueDate)}::date, ${where.param(commitmentId)})`,
    );
  }
  const rows: CommitmentRecord[] = await source.query(
    `SELECT ${COMMITMENT_COLUMNS}
       FROM ${COMMITMENTS_SCHEMA}.commitments c
       ${where.where()}
      ORDER BY c.due_date, c.commitment_id
      LIMIT ${where.param(first + 1)}`,
    where.params,
  );
  return pageFrom(rows.map(toCommitment), first, commitmentCursor);
}

export async function commitmentById(
  source: Source,
  commitmentId: string,
): Promise<CommitmentView | null> {
  const [found] = await commitmentsByIds(source, [commitmentId]);
  return found ?? null;
}

/** Batch lookup: the commitments with these ids (unknown ids are left out), in id order. */
export async function commitmentsByIds(
  source: Source,
  commitmentIds: readonly string[],
): Promise<CommitmentView[]> {
  if (commitmentIds.length === 0) return [];
  const rows: CommitmentRecord[] = await source.query(
    `SELECT ${COMMITMENT_COLUMNS}
       FROM ${COMMITMENTS_SCHEMA}.commitments c
      WHERE c.commitment_id = ANY($1::text[])
      ORDER BY c.commitment_id`,
    [[...commitmentIds]],
  );
  return rows.map(toCommitment);
}

/** Batch lookup: the parties of these commitments, each commitment's in the order of its terms. */
export async function partiesOfCommitments(
  source: Source,
  commitmentIds: readonly string[],
): Promise<CommitmentPartyView[]> {
  if (commitmentIds.length === 0) return [];
  const rows: {
    commitment_id: string;
    partner_id: string;
    is_lead: boolean;
    money_minor_units: string;
    currency: string;
    staff_fte: string;
    effort_percent: string;
  }[] = await source.query(
    `SELECT commitment_id, partner_id, is_lead, money_minor_units::text AS money_minor_units,
            currency, staff_fte::text AS staff_fte, effort_percent::text AS effort_percent
       FROM ${COMMITMENTS_SCHEMA}.commitment_parties
      WHERE commitment_id = ANY($1::text[])
      ORDER BY commitment_id, position`,
    [[...commitmentIds]],
  );
  return rows.map((row) => ({
    commitmentId: row.commitment_id,
    partnerId: row.partner_id,
    isLead: row.is_lead,
    money: { minorUnits: Number(row.money_minor_units), currency: row.currency },
    staffFte: Number(row.staff_fte),
    effortPercent: Number(row.effort_percent),
  }));
}

/** Batch lookup: every progress report on these commitments, oldest first. */
export async function progressReportsOfCommitments(
  source: Source,
  commitmentIds: readonly string[],
): Promise<CommitmentProgressReportView[]> {
  if (commitmentIds.length === 0) return [];
  const rows: {
    event_id: string;
    commitment_id: string;
    stream_revision: string;
    status: CommitmentProgressStatus;
    note: string;
    evidence_url: string | null;
    period_start: string;
    period_end: string;
    reported_at: string;
    reported_by: string;
  }[] = await source.query(
    `SELECT event_id, commitment_id, stream_revision::text AS stream_revision, status, note,
            evidence_url, period_start::text AS period_start, period_end::text AS period_end,
            ${isoInstant('reported_at')} AS reported_at, reported_by
       FROM ${COMMITMENTS_SCHEMA}.commitment_progress_reports
      WHERE commitment_id = ANY($1::text[])
      ORDER BY commitment_id, stream_revision`,
    [[...commitmentIds]],
  );
  return rows.map((row) => ({
    eventId: row.event_id,
    commitmentId: row.commitment_id,
    streamRevision: Number(row.stream_revision),
    status: row.status,
    note: row.note,
    evidenceUrl: row.evidence_url,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    reportedAt: row.reported_at,
    reportedBy: row.reported_by,
  }));
}

/** Batch lookup: every flag raised for the board on these commitments, cleared or not, oldest first. */
export async function flagsOfCommitments(
  source: Source,
  commitmentIds: readonly string[],
): Promise<CommitmentFlagView[]> {
  if (commitmentIds.length === 0) return [];
  const rows: {
    commitment_id: string;
    partner_id: string;
    reason: string;
    raised_at: string;
    cleared_meeting_id: string | null;
    cleared_decision_id: string | null;
    cleared_on: string | null;
    cleared_at: string | null;
  }[] = await source.query(
    `SELECT commitment_id, partner_id, reason, ${isoInstant('raised_at')} AS raised_at,
            cleared_meeting_id, cleared_decision_id, cleared_on::text AS cleared_on,
            ${isoInstant('cleared_at')} AS cleared_at
       FROM ${COMMITMENTS_SCHEMA}.commitment_flags
      WHERE commitment_id = ANY($1::text[])
      ORDER BY commitment_id, raised_revision`,
    [[...commitmentIds]],
  );
  return rows.map((row) => {
    const cleared = decision(row.cleared_meeting_id, row.cleared_decision_id, row.cleared_on);
    return {
      commitmentId: row.commitment_id,
      partnerId: row.partner_id,
      reason: row.reason,
      raisedAt: row.raised_at,
      cleared: cleared && { ...cleared, clearedAt: row.cleared_at ?? '' },
    };
  });
}
