import { EVERY_PARTNERSHIP, type Principal } from './principal';
import { isPartnershipRole, READS_EVERY_PARTNERSHIP } from './roles';

/**
 * What an actor may read. Members read their partnerships; the platform roles and the auditor
 * read all of them; the public reads agreed agreements and nothing else.
 */
export type ReadScope =
  | { readonly kind: 'every-partnership' }
  | { readonly kind: 'partnerships'; readonly partnershipIds: readonly string[] }
  | { readonly kind: 'public' }
  | { readonly kind: 'nothing' };

export function readScopeOf(principal: Principal, publicReads: boolean): ReadScope {
  if (principal.kind === 'system') return { kind: 'every-partnership' };
  const publicScope: ReadScope = publicReads ? { kind: 'public' } : { kind: 'nothing' };
  if (principal.kind === 'anonymous') return publicScope;
  const grants = principal.grants;
  const everywhere = grants.some(
    (grant) =>
      READS_EVERY_PARTNERSHIP.has(grant.role) ||
      (isPartnershipRole(grant.role) && grant.partnershipId === EVERY_PARTNERSHIP),
  );
  if (everywhere) return { kind: 'every-partnership' };
  const partnershipIds = [
    ...new Set(grants.flatMap((grant) => (grant.partnershipId ? [grant.partnershipId] : []))),
  ];
  if (partnershipIds.length > 0) return { kind: 'partnerships', partnershipIds };
  // A token holding only the public role reads what the public reads, even with public reads off.
  return grants.some((grant) => grant.role === 'public') ? { kind: 'public' } : publicScope;
}

/** Whether everything about the partnership is visible. */
export function seesPartnership(scope: ReadScope, partnershipId: string): boolean {
  if (scope.kind === 'every-partnership') return true;
  return scope.kind === 'partnerships' && scope.partnershipIds.includes(partnershipId);
}

/** The public sees an agreement once it is agreed (and after: superseded and closed stay public). */
export const PUBLIC_AGREEMENT_STATUSES: readonly string[] = ['agreed', 'superseded', 'closed'];

export function seesAgreement(
  scope: ReadScope,
  agreement: { readonly partnershipId: string; readonly status: string },
): boolean {
  if (scope.kind === 'public') return PUBLIC_AGREEMENT_STATUSES.includes(agreement.status);
  return seesPartnership(scope, agreement.partnershipId);
}
