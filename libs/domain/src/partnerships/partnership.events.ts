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
/** How to reach a representative; either may be unknown. */
export interface ContactDetails {
  readonly email: string | null;
  readonly telephone: string | null;
}

/**
 * Version 2 added the contact details. From version 2, the name and contact details are personal
 * data, sealed in the store under the person's own key (see PersonalDataErased).
 */
export type RepresentativeAppointed = DomainEvent<
  'RepresentativeAppointed',
  {
    partnershipId: string;
    partnerId: string;
    personId: string;
    name: string;
    role: string;
    contact: ContactDetails;
  },
  2
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
/** Version 2 seals the name, personal data, in the store under the person's key; same shape. */
export type BoardChairAppointed = DomainEvent<
  'BoardChairAppointed',
  { partnershipId: string; personId: string; name: string; partnerId: string | null },
  2
>;
/** Version 2 seals the name, personal data, in the store under the person's key; same shape. */
export type BoardMemberAppointed = DomainEvent<
  'BoardMemberAppointed',
  { partnershipId: string; personId: string; name: string; partnerId: string | null },
  2
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

/** The person's name and contact details were erased on request: their key is destroyed. */
export type PersonalDataErased = DomainEvent<
  'PersonalDataErased',
  { partnershipId: string; personId: string; reason: string },
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
  | QuorumRuleSet
  | PersonalDataErased;
