import { AccessDenied } from './access-denied';
import { partnershipOf, type ConcordatCommand } from './concordat-command';
import { COMMAND_POLICY, conditionHolds, type CommandFacts } from './command-policy';
import { grantCovers, type Grant, type Principal } from './principal';
import { readScopeOf, seesPartnership } from './read-scope';
import { isPartnershipRole } from './roles';

/**
 * Whether the principal holds a role that may send this command in its partnership, before any
 * condition on the target. Order matters for what a refusal reveals: a role that may never send
 * the command is refused without looking at the target; a partnership the actor cannot see
 * answers as if it did not exist. Returns the grants that apply.
 */
export function authorizeRole(principal: Principal, command: ConcordatCommand): readonly Grant[] {
  if (principal.kind === 'system') return [];
  if (principal.kind === 'anonymous') throw AccessDenied.unauthenticated();
  const permissions = COMMAND_POLICY[command.type];
  const withARole = principal.grants.filter((grant) =>
    permissions.some((permission) => permission.role === grant.role),
  );
  if (withARole.length === 0) {
    throw AccessDenied.forbidden(`your roles do not allow ${command.type}`, {
      command: command.type,
    });
  }
  const partnershipId = partnershipOf(command);
  const applicable = withARole.filter((grant) => appliesIn(grant, partnershipId));
  if (applicable.length === 0 && partnershipId !== undefined) {
    if (!seesPartnership(readScopeOf(principal, false), partnershipId)) {
      throw AccessDenied.notFound('partnership', partnershipId);
    }
    throw AccessDenied.forbidden(`your roles do not allow ${command.type} in ${partnershipId}`, {
      command: command.type,
    });
  }
  return applicable;
}

/**
 * Decides whether the principal may send the command, given facts about its target, throwing
 * AccessDenied when not.
 */
export function authorizeCommand(
  principal: Principal,
  command: ConcordatCommand,
  facts: CommandFacts = {},
): void {
  if (principal.kind === 'system') return;
  const applicable = authorizeRole(principal, command);
  const permissions = COMMAND_POLICY[command.type];
  const allowed = applicable.some((grant) =>
    permissions.some(
      (permission) =>
        permission.role === grant.role &&
        (permission.when === undefined || conditionHolds(permission.when, grant, command, facts)),
    ),
  );
  if (!allowed) {
    const conditions = permissions.flatMap((permission) => permission.when ?? []);
    throw AccessDenied.forbidden(
      `${command.type} is allowed to your role only when it ${conditions.join(' or ')}`,
      { command: command.type },
    );
  }
}

function appliesIn(grant: Grant, partnershipId: string | undefined): boolean {
  if (!isPartnershipRole(grant.role)) return true;
  return partnershipId !== undefined && grantCovers(grant, partnershipId);
}

/**
 * A command names its partnership, but the aggregate it acts on (or refers to) may belong to
 * another: that must answer exactly as an id that does not exist.
 */
export function ensureBelongsToPartnership(
  command: ConcordatCommand,
  owner: string | null | undefined,
  what: string,
  id: string,
): void {
  const partnershipId = partnershipOf(command);
  if (owner && partnershipId !== undefined && owner !== partnershipId) {
    throw AccessDenied.notFound(what, id);
  }
}
