import { ensure } from '@concordat/shared-kernel';
import type {
  AppointBoardChair,
  AppointBoardMember,
  StandDownBoardMember,
} from '../partnership.commands';
import type {
  BoardChairAppointed,
  BoardMemberAppointed,
  BoardMemberStoodDown,
} from '../partnership.events';
import { ensureText } from '../../shared/field-rules';
import {
  ensureCurrentPartner,
  ensureEstablished,
  ensureNotErased,
  PartnershipRule,
} from '../partnership.rules';
import type { EstablishedPartnership, PartnershipState } from '../partnership.state';

function ensureSeatable(
  partnership: EstablishedPartnership,
  { personId, name, partnerId }: AppointBoardChair['data'],
): void {
  ensureNotErased(partnership, personId);
  ensureText(name, 'name');
  if (partnerId !== null) {
    ensureCurrentPartner(
      partnership,
      partnerId,
      PartnershipRule.BoardSeatsRepresentCurrentPartners,
    );
  }
}

/** The chair may already sit on the board as a member; appointing moves the chair to them. */
export function appointBoardChair(
  command: AppointBoardChair,
  state: PartnershipState,
): [BoardChairAppointed] {
  const partnership = ensureEstablished(state);
  ensureSeatable(partnership, command.data);
  return [{ type: 'BoardChairAppointed', schemaVersion: 2, data: { ...command.data } }];
}

export function appointBoardMember(
  command: AppointBoardMember,
  state: PartnershipState,
): [BoardMemberAppointed] {
  const partnership = ensureEstablished(state);
  ensure(
    !partnership.board.has(command.data.personId),
    PartnershipRule.PersonCannotHoldTwoBoardSeats,
    `${command.data.personId} already sits on the board`,
    'personId',
  );
  ensureSeatable(partnership, command.data);
  return [{ type: 'BoardMemberAppointed', schemaVersion: 2, data: { ...command.data } }];
}

export function standDownBoardMember(
  command: StandDownBoardMember,
  state: PartnershipState,
): [BoardMemberStoodDown] {
  const partnership = ensureEstablished(state);
  ensure(
    partnership.board.has(command.data.personId),
    PartnershipRule.BoardSeatMustBeHeldToStandDown,
    `${command.data.personId} does not sit on the board`,
    'personId',
  );
  ensureText(command.data.reason, 'reason');
  return [{ type: 'BoardMemberStoodDown', schemaVersion: 1, data: { ...command.data } }];
}
