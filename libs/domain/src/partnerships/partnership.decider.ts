import { assertNever, type Decider } from '@concordat/shared-kernel';
import { admitPartner } from './decide/admit-partner';
import { appointRepresentative } from './decide/appoint-representative';
import { appointBoardChair, appointBoardMember, standDownBoardMember } from './decide/board-seats';
import { erasePersonalData } from './decide/erase-personal-data';
import { establishPartnership } from './decide/establish-partnership';
import { removeRepresentative } from './decide/remove-representative';
import { setQuorumRule } from './decide/set-quorum-rule';
import { withdrawPartner } from './decide/withdraw-partner';
import type { PartnershipCommand } from './partnership.commands';
import type { PartnershipEvent } from './partnership.events';
import {
  evolvePartnership,
  initialPartnershipState,
  type PartnershipState,
} from './partnership.state';

export const partnershipStreamId = (partnershipId: string) => `partnership-${partnershipId}`;

export const partnershipDecider: Decider<PartnershipState, PartnershipCommand, PartnershipEvent> = {
  initialState: initialPartnershipState,
  evolve: evolvePartnership,
  decide(command, state) {
    switch (command.type) {
      case 'EstablishPartnership':
        return establishPartnership(command, state);
      case 'AdmitPartner':
        return admitPartner(command, state);
      case 'AppointRepresentative':
        return appointRepresentative(command, state);
      case 'RemoveRepresentative':
        return removeRepresentative(command, state);
      case 'WithdrawPartner':
        return withdrawPartner(command, state);
      case 'AppointBoardChair':
        return appointBoardChair(command, state);
      case 'AppointBoardMember':
        return appointBoardMember(command, state);
      case 'StandDownBoardMember':
        return standDownBoardMember(command, state);
      case 'SetQuorumRule':
        return setQuorumRule(command, state);
      case 'ErasePersonalData':
        return erasePersonalData(command, state);
      default:
        return assertNever(command, 'partnership command');
    }
  },
};
