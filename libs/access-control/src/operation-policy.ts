import { AccessDenied } from './access-denied';
import type { Principal } from './principal';
import type { Role } from './roles';

/**
 * Who may perform each operation that is not a domain command (so not in COMMAND_POLICY): the
 * one source for the resolvers, the security guide's matrix and the role-matrix test.
 */
export const OPERATION_POLICY = {
  /** Signing a checkpoint is an operator's act; auditors verify, they write nothing. */
  signCheckpoint: ['platform-admin'],
  /**
   * A partnership's evidence bundle (GET /evidence/<id>.tar.gz): every event of its streams with
   * its proof, for the auditor to check offline and for the operator who hands it over.
   */
  downloadEvidence: ['platform-admin', 'auditor'],
} as const satisfies Readonly<Record<string, readonly Role[]>>;

export type Operation = keyof typeof OPERATION_POLICY;

export function authorizeOperation(principal: Principal, operation: Operation): void {
  if (principal.kind === 'system') return;
  if (principal.kind === 'anonymous') throw AccessDenied.unauthenticated();
  const allowed: readonly Role[] = OPERATION_POLICY[operation];
  if (!principal.grants.some((grant) => allowed.includes(grant.role))) {
    throw AccessDenied.forbidden(`your roles do not allow ${operation}`, { operation });
  }
}
