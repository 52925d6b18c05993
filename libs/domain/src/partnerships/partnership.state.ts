import { assertNever, ERASED } from '@concordat/shared-kernel';
import type { PartnershipEvent, QuorumRule } from './partnership.events';
import type { Sector } from './sector';

export interface Partner {
  readonly partnerId: string;
  readonly organisation: string;
  readonly sector: Sector;
  readonly status: 'current' | 'withdrawn';
  /** Representatives currently appointed, by person id. */
  readonly representatives: ReadonlyMap<string, { name: string; role: string }>;
}

/** Whether a person's personal data is on record, or was erased on request. */
export type PersonalDataStatus = 'recorded' | 'erased';

export interface BoardSeat {
  readonly personId: string;
  readonly name: string;
  readonly partnerId: string | null;
  readonly isChair: boolean;
}

export type PartnershipState =
  | { readonly status: 'none' }
  | {
      readonly status: 'established';
      readonly partnershipId: string;
      readonly name: string;
      readonly councilArea: string;
      readonly quorum: QuorumRule;
      readonly partners: ReadonlyMap<string, Partner>;
      readonly board: ReadonlyMap<string, BoardSeat>;
      /** Everyone ever appointed to speak for a partner or sit on the board, by person id. */
      readonly people: ReadonlyMap<string, PersonalDataStatus>;
    };

export type EstablishedPartnership = Extract<PartnershipState, { status: 'established' }>;

export const initialPartnershipState = (): PartnershipState => ({ status: 'none' });

export function evolvePartnership(
  state: PartnershipState,
  event: PartnershipEvent,
): PartnershipState {
  if (event.type === 'PartnershipEstablished') {
    const { partnershipId, name, councilArea, quorum } = event.data;
    return {
      status: 'established',
      partnershipId,
      name,
      councilArea,
      quorum,
      partners: new Map(),
      board: new Map(),
      people: new Map(),
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'PartnerAdmitted': {
      const { partnerId, organisation, sector } = event.data;
      const partner: Partner = {
        partnerId,
        organisation,
        sector,
        status: 'current',
        representatives: new Map(),
      };
      return { ...state, partners: new Map(state.partners).set(partnerId, partner) };
    }
    case 'RepresentativeAppointed':
    case 'RepresentativeRemoved': {
      const partner = state.partners.get(event.data.partnerId);
      if (!partner) return state;
      const representatives = new Map(partner.representatives);
      if (event.type === 'RepresentativeRemoved') {
        representatives.delete(event.data.personId);
        return withPartner(state, { ...partner, representatives });
      }
      representatives.set(event.data.personId, { name: event.data.name, role: event.data.role });
      return withPerson(withPartner(state, { ...partner, representatives }), event.data.personId);
    }
    case 'PartnerWithdrawn': {
      const partner = state.partners.get(event.data.partnerId);
      return partner ? withPartner(state, { ...partner, status: 'withdrawn' }) : state;
    }
    case 'BoardChairAppointed': {
      const { personId, name, partnerId } = event.data;
      const board = new Map<string, BoardSeat>(
        [...state.board].map(([id, seat]) => [id, { ...seat, isChair: false }]),
      );
      const seat: BoardSeat = { personId, name, partnerId, isChair: true };
      return withPerson({ ...state, board: board.set(personId, seat) }, personId);
    }
    case 'BoardMemberAppointed': {
      const { personId, name, partnerId } = event.data;
      const seat: BoardSeat = { personId, name, partnerId, isChair: false };
      return withPerson({ ...state, board: new Map(state.board).set(personId, seat) }, personId);
    }
    case 'BoardMemberStoodDown': {
      const board = new Map(state.board);
      board.delete(event.data.personId);
      return { ...state, board };
    }
    case 'QuorumRuleSet':
      return { ...state, quorum: event.data.quorum };
    case 'PersonalDataErased':
      return erasePerson(state, event.data.personId);
    default:
      return assertNever(event, 'partnership event');
  }
}

function withPartner(state: EstablishedPartnership, partner: Partner): EstablishedPartnership {
  return { ...state, partners: new Map(state.partners).set(partner.partnerId, partner) };
}

function withPerson(state: EstablishedPartnership, personId: string): EstablishedPartnership {
  if (state.people.has(personId)) return state;
  return { ...state, people: new Map(state.people).set(personId, 'recorded') };
}

/** What the state remembered of the person reads as erased, as their events now do. */
function erasePerson(state: EstablishedPartnership, personId: string): EstablishedPartnership {
  const partners = new Map(
    [...state.partners].map(([id, partner]) => {
      const held = partner.representatives.get(personId);
      if (!held) return [id, partner];
      const representatives = new Map(partner.representatives).set(personId, {
        ...held,
        name: ERASED,
      });
      return [id, { ...partner, representatives }];
    }),
  );
  const board = new Map(state.board);
  const seat = board.get(personId);
  if (seat) board.set(personId, { ...seat, name: ERASED });
  return {
    ...state,
    partners,
    board,
    people: new Map(state.people).set(personId, 'erased'),
  };
}
