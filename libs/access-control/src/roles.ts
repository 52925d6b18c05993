/**
 * Roles held across the whole platform: they are not tied to one partnership.
 * The auditor reads everything and writes nothing; the public reads agreed agreements only.
 */
export const PLATFORM_ROLES = [
  'platform-admin',
  'government-official',
  'auditor',
  'public',
] as const;

/** Roles held in one partnership (or, granted as '*', in every partnership). */
export const PARTNERSHIP_ROLES = [
  'partnership-officer',
  'partner-representative',
  'board-chair',
  'board-member',
] as const;

export const ROLES = [...PLATFORM_ROLES, ...PARTNERSHIP_ROLES] as const;

export type PlatformRole = (typeof PLATFORM_ROLES)[number];
export type PartnershipRole = (typeof PARTNERSHIP_ROLES)[number];
export type Role = (typeof ROLES)[number];

/** Platform roles that read every partnership; the public is not among them. */
export const READS_EVERY_PARTNERSHIP: ReadonlySet<Role> = new Set([
  'platform-admin',
  'government-official',
  'auditor',
]);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isPartnershipRole(role: Role): role is PartnershipRole {
  return (PARTNERSHIP_ROLES as readonly string[]).includes(role);
}
