import {
  AccessDenied,
  PUBLIC_AGREEMENT_STATUSES,
  seesAgreement,
  seesPartnership,
  type ReadScope,
} from '@concordat/access-control';
import type { PageOf } from '@concordat/read-models';
import type { RequestContext } from './request-context';

/**
 * How every query applies the caller's read scope (issue 6): members read their partnerships,
 * and anything outside them answers exactly as an id that does not exist; the public reads
 * agreed agreements and nothing else.
 */

/** Who a query is for: members only, or the public too (agreed agreements). */
export type Readers = 'members' | 'public';

/** A row that belongs to a partnership, or to none (the national framework's). */
interface Owned {
  readonly partnershipId: string | null;
}

/** What decides whether an agreement is visible: its partnership, and for the public its status. */
interface AgreementFacts {
  readonly partnershipId: string;
  readonly status: string;
}

/**
 * Refuses a caller the query is not for, before reading anything: UNAUTHENTICATED without a
 * token (or with public reads off), FORBIDDEN for a token that holds only the public role.
 */
export function ensureCanRead(
  { principal, scope }: Pick<RequestContext, 'principal' | 'scope'>,
  readers: Readers,
): void {
  if (scope.kind === 'nothing') throw AccessDenied.unauthenticated();
  if (scope.kind !== 'public' || readers === 'public') return;
  if (principal.kind === 'anonymous') throw AccessDenied.unauthenticated();
  throw AccessDenied.forbidden('the public role reads agreed agreements only');
}

/** The partnerships a list may show, as a SQL condition: undefined for every one of them. */
export function visiblePartnershipIds(scope: ReadScope): readonly string[] | undefined {
  switch (scope.kind) {
    case 'every-partnership':
      return undefined;
    case 'partnerships':
      return scope.partnershipIds;
    case 'public':
    case 'nothing':
      return [];
  }
}

/** The conditions a list of agreements adds: the visible partnerships, or the public statuses. */
export function visibleAgreements(scope: ReadScope): {
  readonly partnershipIds?: readonly string[];
  readonly statuses?: readonly string[];
} {
  if (scope.kind === 'public') return { statuses: PUBLIC_AGREEMENT_STATUSES };
  return { partnershipIds: visiblePartnershipIds(scope) };
}

/** Whether the scope sees the row; a row of no partnership is national, every member's. */
export function seesOwned(scope: ReadScope, row: Owned): boolean {
  if (row.partnershipId === null) {
    return scope.kind === 'every-partnership' || scope.kind === 'partnerships';
  }
  return seesPartnership(scope, row.partnershipId);
}

/** The rows the scope sees, for the few lists that are not paged (and so filtered here). */
export function keepVisible<T extends Owned>(scope: ReadScope, rows: readonly T[]): T[] {
  return rows.filter((row) => seesOwned(scope, row));
}

/**
 * The row looked up by id when the scope sees it; NOT_FOUND otherwise, worded exactly as for an
 * id that does not exist, so nothing tells one from the other.
 */
export function ensureVisible<T extends Owned>(
  scope: ReadScope,
  row: T | null | undefined,
  what: string,
  id: string,
): T {
  if (!row || !seesOwned(scope, row)) throw AccessDenied.notFound(what, id);
  return row;
}

/** Like ensureVisible, for an agreement (or what it contains: `what` and `id` name that). */
export function ensureAgreementVisible<T extends AgreementFacts>(
  scope: ReadScope,
  agreement: T | null | undefined,
  what: string,
  id: string,
): T {
  if (!agreement || !seesAgreement(scope, agreement)) throw AccessDenied.notFound(what, id);
  return agreement;
}

/** A reference the caller may not follow reads as absent, like one to a row not yet projected. */
export function visibleOrNull<T extends Owned>(scope: ReadScope, row: T | null): T | null {
  return row && seesOwned(scope, row) ? row : null;
}

const NO_PAGE = { items: [], hasNextPage: false, endCursor: null } as const;

/**
 * A page of one partnership's list, or an empty one, as for a partnership that does not exist,
 * when the scope does not see it (nothing is read then).
 */
export async function pageOfPartnership<T>(
  scope: ReadScope,
  partnershipId: string,
  list: () => Promise<PageOf<T>>,
): Promise<PageOf<T>> {
  return seesPartnership(scope, partnershipId) ? list() : NO_PAGE;
}

/** Refuses following a partnership's changes outside the scope, as if it did not exist. */
export function ensureSeesPartnership(scope: ReadScope, partnershipId: string): void {
  if (!seesPartnership(scope, partnershipId)) {
    throw AccessDenied.notFound('partnership', partnershipId);
  }
}
