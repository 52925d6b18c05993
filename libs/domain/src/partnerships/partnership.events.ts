import type { DomainEvent } from '@concordat/shared-kernel';
import type { Sector } from './sector';

/** How many board members must attend for a meeting to decide anything. */
export interface QuorumRule {
  readonly minimumMembersPresent: number;
  readonly chairMustAttend: boolean;
}

export type PartnershipEstablished = DomainEvent<
  'PartnershipEstablished',
  { partnershipId: string; name: string; councilArea: string; quorum: QuorumRule },
  1
>;
export type PartnerAdmitted = DomainEvent<
  'PartnerAdmitted',
  { partnershipId: string; partnerId: string; organisation: string; sector: Sector },
  1
>;
export type RepresentativeAppointed = DomainEvent<
  'RepresentativeAppointed',
  { partnershipId: string; partnerId: string; personId: string; name: string; role: string },
  1
>;
export type RepresentativeRemoved = DomainEvent<
  'RepresentativeRemoved',
  { partnershipId: string; partnerId: string; personId: string; reason: string },
  1
>;
export type PartnerWithdrawn = DomainEvent<
  'PartnerWithdrawn',
  { partnershipId: string; partnerId: string; reason: string },
  1
>;
export type BoardChairAppointed = DomainEvent<
  'BoardChairAppointed',
  { partnershipId: string; personId: string; name: string; partnerId: string | null },
  1
>;
export type BoardMemberAppointed = DomainEvent<
  'BoardMemberAppointed',
  { partnershipId: string; personId: string; name: string; partnerId: string | null },
  1
>;
export type BoardMemberStoodDown = DomainEvent<
  'BoardMemberStoodDown',
  { partnershipId: string; personId: string; reason: string },
  1
>;
export type QuorumRuleSet = DomainEvent<
  'QuorumRuleSet',
  { partnershipId: string; quorum: QuorumRule },
  1
>;

export type PartnershipEvent =
  | PartnershipEstablished
  | PartnerAdmitted
  | RepresentativeAppointed
  | RepresentativeRemoved
  | PartnerWithdrawn
  | BoardChairAppointed
  | BoardMemberAppointed
  | BoardMemberStoodDown
  | QuorumRuleSet;
