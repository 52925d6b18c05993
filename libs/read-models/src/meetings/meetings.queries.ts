import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../infrastructure/cursor';
import { pageFrom, type PageOf, type PageRequest } from '../infrastructure/page';

/** Reads of the meetings read model; plain objects, dates as `YYYY-MM-DD`. */

type ReadSource = DataSource | EntityManager;

const MAX_PAGE_SIZE = 100;

/** Decision ids are unique within their meeting, so a decision is named by both. */
export interface DecisionKey {
  readonly meetingId: string;
  readonly decisionId: string;
}

export interface MeetingView {
  readonly meetingId: string;
  readonly partnershipId: string;
  readonly date: string;
  readonly location: string;
  /** Board members present, by person id. */
  readonly attendees: readonly string[];
  readonly apologies: readonly string[];
  readonly otherAttendees: readonly { readonly name: string; readonly role: string }[];
  readonly quorum: { readonly minimumMembersPresent: number; readonly chairMustAttend: boolean };
  readonly boardMembersPresent: number;
  readonly chairPresent: boolean;
  readonly quorate: boolean;
}

export interface VoteView {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

export interface DecisionView extends DecisionKey {
  readonly partnershipId: string;
  readonly decidedOn: string;
  readonly kind: string;
  readonly rationale: string;
  readonly takingPart: readonly string[];
  /** Null when the board decided by consensus. */
  readonly vote: VoteView | null;
  readonly carried: boolean;
}

export interface DecisionSubjectView extends DecisionKey {
  readonly kind: string;
  readonly id: string;
}

export interface DecisionActionView extends DecisionKey {
  readonly actionId: string;
  readonly partnershipId: string;
  readonly description: string;
  readonly owner: { readonly kind: 'person' | 'partner'; readonly id: string };
  readonly dueDate: string;
  readonly completedOn: string | null;
  readonly completionNote: string | null;
}

export interface MeetingFilter {
  readonly partnershipId: string;
  /** Meetings on or after this date. */
  readonly from?: string | null;
  /** Meetings on or before this date. */
  readonly to?: string | null;
}

export interface DecisionFilter {
  readonly partnershipId: string;
  readonly kind?: string | null;
  /** Only decisions about a subject of this kind (and, with subjectId, this subject). */
  readonly subjectKind?: string | null;
  readonly subjectId?: string | null;
  /** Decided on or after this date. */
  readonly decidedFrom?: string | null;
  /** Decided on or before this date. */
  readonly decidedTo?: string | null;
}

const S = 'rm_meetings';

const MEETING_COLUMNS = `
  meeting_id AS "meetingId", partnership_id AS "partnershipId", date::text AS date, location,
  attendees, apologies, other_attendees AS "otherAttendees",
  quorum_minimum_members_present AS "minimumMembersPresent",
  quorum_chair_must_attend AS "chairMustAttend", board_members_present AS "boardMembersPresent",
  chair_present AS "chairPresent", quorate`;

const DECISION_COLUMNS = `
  d.meeting_id AS "meetingId", d.decision_id AS "decisionId", d.partnership_id AS "partnershipId",
  d.decided_on::text AS "decidedOn", d.kind, d.rationale, d.taking_part AS "takingPart",
  d.vote_for AS "voteFor", d.vote_against AS "voteAgainst", d.vote_abstain AS "voteAbstain",
  d.carried`;

const ACTION_COLUMNS = `
  meeting_id AS "meetingId", decision_id AS "decisionId", action_id AS "actionId",
  partnership_id AS "partnershipId", description, owner_kind AS "ownerKind", owner_id AS "ownerId",
  due_date::text AS "dueDate", completed_on::text AS "completedOn",
  completion_note AS "completionNote"`;

interface MeetingRow extends Omit<MeetingView, 'quorum'> {
  readonly minimumMembersPresent: number;
  readonly chairMustAttend: boolean;
}

interface DecisionRow extends Omit<DecisionView, 'vote'> {
  readonly voteFor: number | null;
  readonly voteAgainst: number | null;
  readonly voteAbstain: number | null;
}

interface ActionRow extends Omit<DecisionActionView, 'owner'> {
  readonly ownerKind: 'person' | 'partner';
  readonly ownerId: string;
}

const toMeeting = ({
  minimumMembersPresent,
  chairMustAttend,
  ...rest
}: MeetingRow): MeetingView => ({
  ...rest,
  quorum: { minimumMembersPresent, chairMustAttend },
});

const toDecision = ({ voteFor, voteAgainst, voteAbstain, ...rest }: DecisionRow): DecisionView => ({
  ...rest,
  vote:
    voteFor === null || voteAgainst === null || voteAbstain === null
      ? null
      : { for: voteFor, against: voteAgainst, abstain: voteAbstain },
});

const toAction = ({ ownerKind, ownerId, ...rest }: ActionRow): DecisionActionView => ({
  ...rest,
  owner: { kind: ownerKind, id: ownerId },
});

function pageSize(page: PageRequest): number {
  return Math.min(Math.max(Math.trunc(page.first), 0), MAX_PAGE_SIZE);
}

/** A partnership's meetings, oldest first, optionally within a range of dates. */
export async function listMeetings(
  source: ReadSource,
  filter: MeetingFilter,
  page: PageRequest,
): Promise<PageOf<MeetingView>> {
  const first = pageSize(page);
  const params: unknown[] = [
    first + 1,
    filter.partnershipId,
    filter.from ?? null,
    filter.to ?? null,
  ];
  let after = '';
  if (page.after) {
    const [date, id] = decodeCursor(page.after, 2);
    params.push(date, id);
    after = 'AND (date, meeting_id) > ($5::date, $6)';
  }
  const rows: MeetingRow[] = await source.query(
    `SELECT ${MEETING_COLUMNS} FROM ${S}.meetings
      WHERE partnership_id = $2
        AND ($3::date IS NULL OR date >= $3::date) AND ($4::date IS NULL OR date <= $4::date)
        ${after}
      ORDER BY date, meeting_id LIMIT $1`,
    params,
  );
  return pageFrom(rows.map(toMeeting), first, (row) => encodeCursor([row.date, row.meetingId]));
}

export async function meetingById(
  source: ReadSource,
  meetingId: string,
): Promise<MeetingView | null> {
  const [row] = await meetingsByIds(source, [meetingId]);
  return row ?? null;
}

/** Batch lookup: the meetings with these ids (e.g. the meeting of each decision). */
export async function meetingsByIds(
  source: ReadSource,
  meetingIds: readonly string[],
): Promise<MeetingView[]> {
  if (meetingIds.length === 0) return [];
  const rows: MeetingRow[] = await source.query(
    `SELECT ${MEETING_COLUMNS} FROM ${S}.meetings
      WHERE meeting_id = ANY($1::text[]) ORDER BY date, meeting_id`,
    [[...meetingIds]],
  );
  return rows.map(toMeeting);
}

/**
 * A partnership's decisions, oldest first: "what did the board decide this year", by kind, or
 * about a subject (a commitment, an agreement, a partner...).
 */
export async function listDecisions(
  source: ReadSource,
  filter: DecisionFilter,
  page: PageRequest,
): Promise<PageOf<DecisionView>> {
  const first = pageSize(page);
  const params: unknown[] = [
    first + 1,
    filter.partnershipId,
    filter.kind ?? null,
    filter.decidedFrom ?? null,
    filter.decidedTo ?? null,
    filter.subjectKind ?? null,
    filter.subjectId ?? null,
  ];
  let after = '';
  if (page.after) {
    const [decidedOn, meetingId, decisionId] = decodeCursor(page.after, 3);
    params.push(decidedOn, meetingId, decisionId);
    after = 'AND (d.decided_on, d.meeting_id, d.decision_id) > ($8::date, $9, $10)';
  }
  const rows: DecisionRow[] = await source.query(
    `SELECT ${DECISION_COLUMNS} FROM ${S}.decisions d
      WHERE d.partnership_id = $2
        AND ($3::text IS NULL OR d.kind = $3)
        AND ($4::date IS NULL OR d.decided_on >= $4::date)
        AND ($5::date IS NULL OR d.decided_on <= $5::date)
        AND (($6::text IS NULL AND $7::text IS NULL) OR EXISTS (
              SELECT 1 FROM ${S}.decision_subjects s
               WHERE s.meeting_id = d.meeting_id AND s.decision_id = d.decision_id
                 AND ($6::text IS NULL OR s.subject_kind = $6)
                 AND ($7::text IS NULL OR s.subject_id = $7)))
        ${after}
      ORDER BY d.decided_on, d.meeting_id, d.decision_id LIMIT $1`,
    params,
  );
  return pageFrom(rows.map(toDecision), first, (row) =>
    encodeCursor([row.decidedOn, row.meetingId, row.decisionId]),
  );
}

/** Batch lookup: the decisions with these keys (e.g. the decision a commitment cites). */
export async function decisionsByKeys(
  source: ReadSource,
  keys: readonly DecisionKey[],
): Promise<DecisionView[]> {
  if (keys.length === 0) return [];
  const rows: DecisionRow[] = await source.query(
    `SELECT ${DECISION_COLUMNS} FROM ${S}.decisions d
      WHERE (d.meeting_id, d.decision_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
      ORDER BY d.decided_on, d.meeting_id, d.decision_id`,
    unzipKeys(keys),
  );
  return rows.map(toDecision);
}

/** Batch lookup: the decisions of each meeting, in the order they were recorded. */
export async function decisionsOfMeetings(
  source: ReadSource,
  meetingIds: readonly string[],
): Promise<DecisionView[]> {
  if (meetingIds.length === 0) return [];
  const rows: DecisionRow[] = await source.query(
    `SELECT ${DECISION_COLUMNS} FROM ${S}.decisions d
      WHERE d.meeting_id = ANY($1::text[])
      ORDER BY d.meeting_id, d.recorded_revision`,
    [[...meetingIds]],
  );
  return rows.map(toDecision);
}

/** Batch lookup: what each decision was about, in the order the decision named them. */
export async function subjectsOfDecisions(
  source: ReadSource,
  keys: readonly DecisionKey[],
): Promise<DecisionSubjectView[]> {
  if (keys.length === 0) return [];
  return source.query(
    `SELECT meeting_id AS "meetingId", decision_id AS "decisionId", subject_kind AS kind,
            subject_id AS id
       FROM ${S}.decision_subjects
      WHERE (meeting_id, decision_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
      ORDER BY meeting_id, decision_id, position`,
    unzipKeys(keys),
  );
}

/** Batch lookup: the actions each decision assigned, by due date. */
export async function actionsOfDecisions(
  source: ReadSource,
  keys: readonly DecisionKey[],
): Promise<DecisionActionView[]> {
  if (keys.length === 0) return [];
  const rows: ActionRow[] = await source.query(
    `SELECT ${ACTION_COLUMNS} FROM ${S}.decision_actions
      WHERE (meeting_id, decision_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
      ORDER BY meeting_id, decision_id, due_date, action_id`,
    unzipKeys(keys),
  );
  return rows.map(toAction);
}

/**
 * The partnership's actions that were overdue on `asOf`: assigned at a meeting on or before it,
 * due before it, and not completed by then. With today's date, the actions still open and late.
 */
export async function actionsOverdue(
  source: ReadSource,
  partnershipId: string,
  asOf: string,
): Promise<DecisionActionView[]> {
  const rows: ActionRow[] = await source.query(
    `SELECT ${ACTION_COLUMNS} FROM ${S}.decision_actions a
      WHERE a.partnership_id = $1 AND a.due_date < $2::date
        AND (a.completed_on IS NULL OR a.completed_on > $2::date)
        AND EXISTS (SELECT 1 FROM ${S}.meetings m
                     WHERE m.meeting_id = a.meeting_id AND m.date <= $2::date)
      ORDER BY a.due_date, a.meeting_id, a.action_id`,
    [partnershipId, asOf],
  );
  return rows.map(toAction);
}

function unzipKeys(keys: readonly DecisionKey[]): [string[], string[]] {
  return [keys.map((key) => key.meetingId), keys.map((key) => key.decisionId)];
}
