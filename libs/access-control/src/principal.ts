import { isPartnershipRole, isRole, type Role } from './roles';

/** Stands for every partnership in a grant, for people who work across all of them. */
export const EVERY_PARTNERSHIP = '*';

/**
 * One role held by an actor. Partnership roles name their partnership; a partner representative
 * also names the partner it speaks for.
 */
export interface Grant {
  readonly role: Role;
  readonly partnershipId?: string;
  readonly partnerId?: string;
}

/** Someone whose identity was verified from a token, with the roles it grants. */
export interface UserPrincipal {
  readonly kind: 'user';
  readonly actor: string;
  readonly grants: readonly Grant[];
}

/** A caller without a token: may read what the public reads, when public reads are on. */
export interface AnonymousPrincipal {
  readonly kind: 'anonymous';
  readonly actor: 'anonymous';
}

/**
 * Concordat itself: the demo loader, the CLI run by an operator on the host, and reactions to
 * events (flagging a withdrawn partner's commitments). It never comes from a request.
 */
export interface SystemPrincipal {
  readonly kind: 'system';
  readonly actor: string;
}

export type Principal = UserPrincipal | AnonymousPrincipal | SystemPrincipal;

export const ANONYMOUS: AnonymousPrincipal = { kind: 'anonymous', actor: 'anonymous' };

export function systemPrincipal(actor: string): SystemPrincipal {
  return { kind: 'system', actor };
}

export class InvalidGrant extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidGrant';
  }
}

/** Checks a grant that arrived from outside (a token's claims, the CLI's options). */
export function parseGrant(value: unknown): Grant {
  if (typeof value !== 'object' || value === null) throw new InvalidGrant('a grant is an object');
  const { role, partnershipId, partnerId } = value as Record<string, unknown>;
  if (!isRole(role)) throw new InvalidGrant(`unknown role ${JSON.stringify(role)}`);
  const text = (field: string, given: unknown) => {
    if (given === undefined || given === null) return undefined;
    if (typeof given !== 'string' || given.length === 0 || given.length > 200) {
      throw new InvalidGrant(`${field} must be a non-empty string`);
    }
    return given;
  };
  const partnership = text('partnershipId', partnershipId);
  const partner = text('partnerId', partnerId);
  if (!isPartnershipRole(role)) {
    if (partnership || partner) throw new InvalidGrant(`${role} is not held in a partnership`);
    return { role };
  }
  if (!partnership) throw new InvalidGrant(`${role} needs a partnershipId`);
  if (role === 'partner-representative') {
    if (!partner || partner === EVERY_PARTNERSHIP) {
      throw new InvalidGrant('a partner representative names the one partner it speaks for');
    }
    return { role, partnershipId: partnership, partnerId: partner };
  }
  if (partner) throw new InvalidGrant(`${role} does not speak for a partner`);
  return { role, partnershipId: partnership };
}

/** Whether a grant applies in the given partnership. */
export function grantCovers(grant: Grant, partnershipId: string): boolean {
  return grant.partnershipId === EVERY_PARTNERSHIP || grant.partnershipId === partnershipId;
}
