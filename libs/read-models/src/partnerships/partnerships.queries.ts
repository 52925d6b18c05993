import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../infrastructure/cursor';
import { pageFrom, type PageOf, type PageRequest } from '../infrastructure/page';

/** Reads of the partnerships read model; plain objects, instants as ISO-8601 text. */

type ReadSource = DataSource | EntityManager;

const MAX_PAGE_SIZE = 100;

export interface QuorumView {
  readonly minimumMembersPresent: number;
  readonly chairMustAttend: boolean;
}

export interface PartnershipView {
  readonly partnershipId: string;
  readonly name: string;
  readonly councilArea: string;
  readonly quorum: QuorumView;
  readonly establishedAt: string;
}

/** Partner ids are only unique within their partnership, so a partner is named by both. */
export interface PartnerKey {
  readonly partnershipId: string;
  readonly partnerId: string;
}

export interface PartnerView extends PartnerKey {
  readonly organisation: string;
  readonly sector: string;
  readonly status: 'current' | 'withdrawn';
  readonly admittedAt: string;
  readonly withdrawnAt: string | null;
  readonly withdrawalReason: string | null;
}

/** One term as a partner's representative. */
export interface RepresentativeView extends PartnerKey {
  readonly personId: string;
  readonly name: string;
  readonly role: string;
  readonly email: string | null;
  readonly telephone: string | null;
  readonly appointedAt: string;
  readonly removedAt: string | null;
  readonly removalReason: string | null;
  readonly personalDataErasedAt: string | null;
}

/** One term on a partnership's board. */
export interface BoardSeatView {
  readonly partnershipId: string;
  readonly personId: string;
  readonly name: string;
  readonly partnerId: string | null;
  readonly isChair: boolean;
  readonly appointedAt: string;
  readonly stoodDownAt: string | null;
  readonly standDownReason: string | null;
  readonly personalDataErasedAt: string | null;
}

/** Past terms (removed representatives, stood-down members) are left out unless asked for. */
export interface TermsOptions {
  readonly includePast?: boolean;
}

const S = 'rm_partnerships';
const iso = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const PARTNERSHIP_COLUMNS = `
  partnership_id AS "partnershipId", name, council_area AS "councilArea",
  quorum_minimum_members_present AS "minimumMembersPresent",
  quorum_chair_must_attend AS "chairMustAttend", ${iso('established_at')} AS "establishedAt"`;

const PARTNER_COLUMNS = `
  partnership_id AS "partnershipId", partner_id AS "partnerId", organisation, sector, status,
  ${iso('admitted_at')} AS "admittedAt", ${iso('withdrawn_at')} AS "withdrawnAt",
  withdrawal_reason AS "withdrawalReason"`;

interface PartnershipRow extends Omit<PartnershipView, 'quorum'>, QuorumView {}

const toPartnership = ({
  minimumMembersPresent,
  chairMustAttend,
  ...rest
}: PartnershipRow): PartnershipView => ({
  ...rest,
  quorum: { minimumMembersPresent, chairMustAttend },
});

function pageSize(page: PageRequest): number {
  return Math.min(Math.max(Math.trunc(page.first), 0), MAX_PAGE_SIZE);
}

export interface PartnershipFilter {
  /** Only these partnerships (none when empty): what the reader may see. */
  readonly partnershipIds?: readonly string[] | null;
}

/** Every partnership, by name. */
export async function listPartnerships(
  source: ReadSource,
  page: PageRequest,
  filter: PartnershipFilter = {},
): Promise<PageOf<PartnershipView>> {
  const first = pageSize(page);
  const params: unknown[] = [first + 1];
  const conditions: string[] = [];
  if (filter.partnershipIds) {
    params.push([...filter.partnershipIds]);
    conditions.push(`partnership_id = ANY($${params.length}::text[])`);
  }
  if (page.after) {
    const [name, id] = decodeCursor(page.after, 2);
    params.push(name, id);
    conditions.push(`(name, partnership_id) > ($${params.length - 1}, $${params.length})`);
  }
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const rows: PartnershipRow[] = await source.query(
    `SELECT ${PARTNERSHIP_COLUMNS} FROM ${S}.partnerships ${where}
      ORDER BY name, partnership_id LIMIT $1`,
    params,
  );
  return pageFrom(rows.map(toPartnership), first, (row) =>
    encodeCursor([row.name, row.partnershipId]),
  );
}

export async function partnershipById(
  source: ReadSource,
  partnershipId: string,
): Promise<PartnershipView | null> {
  const [row] = await partnershipsByIds(source, [partnershipId]);
  return row ?? null;
}

/** Batch lookup: the partnerships with these ids (missing ids are simply absent). */
export async function partnershipsByIds(
  source: ReadSource,
  partnershipIds: readonly string[],
): Promise<PartnershipView[]> {
  if (partnershipIds.length === 0) return [];
  const rows: PartnershipRow[] = await source.query(
    `SELECT ${PARTNERSHIP_COLUMNS} FROM ${S}.partnerships
      WHERE partnership_id = ANY($1::text[]) ORDER BY name, partnership_id`,
    [[...partnershipIds]],
  );
  return rows.map(toPartnership);
}

/** Batch lookup: the partners of each partnership (current and withdrawn), in admission order. */
export async function partnersOfPartnerships(
  source: ReadSource,
  partnershipIds: readonly string[],
  options: { readonly status?: 'current' | 'withdrawn' } = {},
): Promise<PartnerView[]> {
  if (partnershipIds.length === 0) return [];
  return source.query(
    `SELECT ${PARTNER_COLUMNS} FROM ${S}.partners
      WHERE partnership_id = ANY($1::text[]) AND ($2::text IS NULL OR status = $2)
      ORDER BY partnership_id, admitted_at, partner_id`,
    [[...partnershipIds], options.status ?? null],
  );
}

/** Batch lookup, for names in other views: the partners with these keys. */
export async function partnersByIds(
  source: ReadSource,
  keys: readonly PartnerKey[],
): Promise<PartnerView[]> {
  if (keys.length === 0) return [];
  return source.query(
    `SELECT ${PARTNER_COLUMNS} FROM ${S}.partners
      WHERE (partnership_id, partner_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
      ORDER BY partnership_id, admitted_at, partner_id`,
    unzipKeys(keys),
  );
}

/** Batch lookup: the representatives of each partner, in order of appointment. */
export async function representativesOfPartners(
  source: ReadSource,
  keys: readonly PartnerKey[],
  options: TermsOptions = {},
): Promise<RepresentativeView[]> {
  if (keys.length === 0) return [];
  return source.query(
    `SELECT partnership_id AS "partnershipId", partner_id AS "partnerId", person_id AS "personId",
            name, role, email, telephone,
            ${iso('appointed_at')} AS "appointedAt", ${iso('removed_at')} AS "removedAt",
            removal_reason AS "removalReason",
            ${iso('personal_data_erased_at')} AS "personalDataErasedAt"
       FROM ${S}.representatives
      WHERE (partnership_id, partner_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
        AND ($3 OR removed_at IS NULL)
      ORDER BY partnership_id, partner_id, appointed_revision`,
    [...unzipKeys(keys), options.includePast ?? false],
  );
}

/** Batch lookup: the board of each partnership, the chair first, then in order of appointment. */
export async function boardOfPartnerships(
  source: ReadSource,
  partnershipIds: readonly string[],
  options: TermsOptions = {},
): Promise<BoardSeatView[]> {
  if (partnershipIds.length === 0) return [];
  return source.query(
    `SELECT partnership_id AS "partnershipId", person_id AS "personId", name,
            partner_id AS "partnerId", is_chair AS "isChair",
            ${iso('appointed_at')} AS "appointedAt", ${iso('stood_down_at')} AS "stoodDownAt",
            stand_down_reason AS "standDownReason",
            ${iso('personal_data_erased_at')} AS "personalDataErasedAt"
       FROM ${S}.board_seats
      WHERE partnership_id = ANY($1::text[]) AND ($2 OR stood_down_at IS NULL)
      ORDER BY partnership_id, stood_down_at IS NOT NULL, is_chair DESC, appointed_revision`,
    [[...partnershipIds], options.includePast ?? false],
  );
}

function unzipKeys(keys: readonly PartnerKey[]): [string[], string[]] {
  return [keys.map((key) => key.partnershipId), keys.map((key) => key.partnerId)];
}
