import type { Command } from '@concordat/shared-kernel';
import type { ContactDetails, QuorumRule } from './partnership.events';

export type EstablishPartnership = Command<
  'EstablishPartnership',
  { partnershipId: string; name: string; councilArea: string; quorum: QuorumRule }
>;
export type AdmitPartner = Command<
  'AdmitPartner',
  { partnershipId: string; partnerId: string; organisation: string; sector: string }
>;
export type AppointRepresentative = Command<
  'AppointRepresentative',
  {
    partnershipId: string;
    partnerId: string;
    personId: string;
    name: string;
    role: string;
    contact: ContactDetails;
  }
>;
export type RemoveRepresentative = Command<
  'RemoveRepresentative',
  { partnershipId: string; partnerId: string; personId: string; reason: string }
>;
export type WithdrawPartner = Command<
  'WithdrawPartner',
  { partnershipId: string; partnerId: string; reason: string }
>;
export type AppointBoardChair = Command<
  'AppointBoardChair',
  { partnershipId: string; personId: string; name: string; partnerId: string | null }
>;
export type AppointBoardMember = Command<
  'AppointBoardMember',
  { partnershipId: string; personId: string; name: string; partnerId: string | null }
>;
export type StandDownBoardMember = Command<
  'StandDownBoardMember',
  { partnershipId: string; personId: string; reason: string }
>;
export type ErasePersonalData = Command<
  'ErasePersonalData',
  { partnershipId: string; personId: string; reason: string }
>;
export type SetQuorumRule = Command<'SetQuorumRule', { partnershipId: string; quorum: QuorumRule }>;

export type PartnershipCommand =
  | EstablishPartnership
  | AdmitPartner
  | AppointRepresentative
  | RemoveRepresentative
  | WithdrawPartner
  | AppointBoardChair
  | AppointBoardMember
  | StandDownBoardMember
  | SetQuorumRule
  | ErasePersonalData;
