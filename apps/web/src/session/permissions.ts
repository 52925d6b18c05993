import {
  COMMAND_POLICY,
  EVERY_PARTNERSHIP,
  OPERATION_POLICY,
  type CommandType,
  type Grant,
  type Operation,
  type Permission,
  type Role,
} from '@concordat/access-control';
import type { Session } from './session';

/** What the page knows about the target of a command, for the permissions that depend on it. */
export interface CommandTarget {
  readonly partnershipId: string;
  /** The partners party to the commitment acted on or proposed. */
  readonly commitmentParties?: readonly string[];
}

/**
 * Whether to offer a control: the same policy the server enforces, read for this session. The
 * server still decides; a control offered here can be refused there (a rule of the domain).
 */
export function mayIssue(session: Session, command: CommandType, target: CommandTarget): boolean {
  return COMMAND_POLICY[command].some((permission) =>
    session.grants.some((grant) => grantFits(grant, permission, target)),
  );
}

/** Whether to offer an operation that is no command (a download, signing): by role alone. */
export function mayPerform(session: Session, operation: Operation): boolean {
  const allowed: readonly Role[] = OPERATION_POLICY[operation];
  return session.grants.some((grant) => allowed.includes(grant.role));
}

function grantFits(grant: Grant, permission: Permission, target: CommandTarget): boolean {
  if (grant.role !== permission.role) return false;
  const inPartnership =
    grant.partnershipId === undefined ||
    grant.partnershipId === EVERY_PARTNERSHIP ||
    grant.partnershipId === target.partnershipId;
  if (!inPartnership) return false;
  if (permission.when !== 'speaks for a party to the commitment') return true;
  // Before the parties are chosen, a representative may still propose for its own partner.
  const parties = target.commitmentParties;
  return grant.partnerId !== undefined && (!parties || parties.includes(grant.partnerId));
}

/** The partner a representative speaks for, if the session holds such a grant. */
export function representedPartner(session: Session, partnershipId: string): string | undefined {
  return session.grants.find(
    (grant) =>
      grant.role === 'partner-representative' &&
      (grant.partnershipId === partnershipId || grant.partnershipId === EVERY_PARTNERSHIP),
  )?.partnerId;
}
