import fc from 'fast-check';
import { ERASED } from '@concordat/shared-kernel';
import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import { aCommand } from '../testing/command-builder';
import { checkDeciderProperties } from '../testing/decider-properties';
import type {
  AppointRepresentative,
  ErasePersonalData,
  PartnershipCommand,
} from './partnership.commands';
import { partnershipDecider } from './partnership.decider';
import type { PartnershipEvent } from './partnership.events';
import { PartnershipRule } from './partnership.rules';
import { SECTORS } from './sector';

const partnershipId = 'p-orkney';
const quorum = { minimumMembersPresent: 3, chairMustAttend: true };
const established: PartnershipEvent = {
  type: 'PartnershipEstablished',
  schemaVersion: 1,
  data: { partnershipId, name: 'Orkney Partnership', councilArea: 'Orkney Islands', quorum },
};
const nhsAdmitted: PartnershipEvent = {
  type: 'PartnerAdmitted',
  schemaVersion: 1,
  data: { partnershipId, partnerId: 'nhs', organisation: 'NHS Orkney', sector: 'health_board' },
};
const nhsWithdrawn: PartnershipEvent = {
  type: 'PartnerWithdrawn',
  schemaVersion: 1,
  data: { partnershipId, partnerId: 'nhs', reason: 'merged into a regional board' },
};

const spec = specify(partnershipDecider);
const command = aCommand<PartnershipCommand>;

describe('a partnership', () => {
  it('is established for a council area with a quorum rule', () => {
    spec
      .given([])
      .when(
        command('EstablishPartnership', {
          partnershipId,
          name: ' Orkney Partnership ',
          councilArea: 'Orkney Islands',
          quorum,
        }),
      )
      .then([established]);
  });

  it('cannot be established twice', () => {
    spec
      .given([established])
      .when(
        command('EstablishPartnership', {
          partnershipId,
          name: 'Again',
          councilArea: 'Orkney Islands',
          quorum,
        }),
      )
      .thenViolates(PartnershipRule.CannotBeEstablishedTwice);
  });

  it('needs a quorum of at least one member', () => {
    spec
      .given([])
      .when(
        command('EstablishPartnership', {
          partnershipId,
          name: 'X',
          councilArea: 'Y',
          quorum: { minimumMembersPresent: 0, chairMustAttend: false },
        }),
      )
      .thenViolates(PartnershipRule.QuorumNeedsAtLeastOneMember);
  });

  it('must exist before anything else happens to it', () => {
    spec
      .given([])
      .when(
        command('AdmitPartner', {
          partnershipId,
          partnerId: 'nhs',
          organisation: 'NHS Orkney',
          sector: 'health_board',
        }),
      )
      .thenViolates(PartnershipRule.MustBeEstablished);
  });

  describe('partners', () => {
    it('are admitted with a sector from the fixed list', () => {
      spec
        .given([established])
        .when(
          command('AdmitPartner', {
            partnershipId,
            partnerId: 'nhs',
            organisation: 'NHS Orkney',
            sector: 'health_board',
          }),
        )
        .then([nhsAdmitted]);
    });

    it('refuse a sector outside the list', () => {
      spec
        .given([established])
        .when(
          command('AdmitPartner', {
            partnershipId,
            partnerId: 'x',
            organisation: 'X',
            sector: 'lobbyist',
          }),
        )
        .thenViolates(PartnershipRule.SectorMustBeAKnownSector);
    });

    it('cannot be admitted twice under one id', () => {
      spec
        .given([established, nhsAdmitted])
        .when(
          command('AdmitPartner', {
            partnershipId,
            partnerId: 'nhs',
            organisation: 'Other',
            sector: 'other',
          }),
        )
        .thenViolates(PartnershipRule.PartnerCannotBeAdmittedTwice);
    });

    it('cannot be the same organisation twice while current', () => {
      spec
        .given([established, nhsAdmitted])
        .when(
          command('AdmitPartner', {
            partnershipId,
            partnerId: 'nhs-2',
            organisation: 'nhs orkney',
            sector: 'health_board',
          }),
        )
        .thenViolates(PartnershipRule.OrganisationCannotBeACurrentPartnerTwice);
    });

    it('may rejoin under a new id after withdrawing', () => {
      spec
        .given([established, nhsAdmitted, nhsWithdrawn])
        .when(
          command('AdmitPartner', {
            partnershipId,
            partnerId: 'nhs-2',
            organisation: 'NHS Orkney',
            sector: 'health_board',
          }),
        )
        .then([
          {
            type: 'PartnerAdmitted',
            schemaVersion: 1,
            data: {
              partnershipId,
              partnerId: 'nhs-2',
              organisation: 'NHS Orkney',
              sector: 'health_board',
            },
          },
        ]);
    });

    it('withdraw with a reason, once', () => {
      spec
        .given([established, nhsAdmitted])
        .when(
          command('WithdrawPartner', {
            partnershipId,
            partnerId: 'nhs',
            reason: 'merged into a regional board',
          }),
        )
        .then([nhsWithdrawn]);
      spec
        .given([established, nhsAdmitted, nhsWithdrawn])
        .when(command('WithdrawPartner', { partnershipId, partnerId: 'nhs', reason: 'again' }))
        .thenViolates(PartnershipRule.OnlyACurrentPartnerCanWithdraw);
    });

    it('have representatives appointed only while current', () => {
      const appoint = aCommand<AppointRepresentative>('AppointRepresentative', {
        partnershipId,
        partnerId: 'nhs',
        personId: 'dr-flett',
        name: 'Dr Flett',
        role: 'Director of Public Health',
        contact: { email: 'flett@nhs-orkney.example', telephone: null },
      });
      spec
        .given([established, nhsAdmitted])
        .when(appoint)
        .then([{ type: 'RepresentativeAppointed', schemaVersion: 2, data: appoint.data }]);
      spec
        .given([established, nhsAdmitted, nhsWithdrawn])
        .when(appoint)
        .thenViolates(PartnershipRule.OnlyACurrentPartnerHasRepresentativesAppointed);
    });

    it('lose only representatives they have', () => {
      spec
        .given([established, nhsAdmitted])
        .when(
          command('RemoveRepresentative', {
            partnershipId,
            partnerId: 'nhs',
            personId: 'nobody',
            reason: 'left',
          }),
        )
        .thenViolates(PartnershipRule.RepresentativeMustBeAppointedToBeRemoved);
    });
  });

  describe('the board', () => {
    it('seats a person once', () => {
      const seated: PartnershipEvent = {
        type: 'BoardMemberAppointed',
        schemaVersion: 2,
        data: { partnershipId, personId: 'cllr-a', name: 'Cllr A', partnerId: null },
      };
      spec
        .given([established, seated])
        .when(
          command('AppointBoardMember', {
            partnershipId,
            personId: 'cllr-a',
            name: 'Cllr A',
            partnerId: null,
          }),
        )
        .thenViolates(PartnershipRule.PersonCannotHoldTwoBoardSeats);
    });

    it('seats people on behalf of current partners only', () => {
      spec
        .given([established, nhsAdmitted, nhsWithdrawn])
        .when(
          command('AppointBoardMember', {
            partnershipId,
            personId: 'dr-flett',
            name: 'Dr Flett',
            partnerId: 'nhs',
          }),
        )
        .thenViolates(PartnershipRule.BoardSeatsRepresentCurrentPartners);
    });

    it('stands down only people who sit on it', () => {
      spec
        .given([established])
        .when(
          command('StandDownBoardMember', { partnershipId, personId: 'ghost', reason: 'resigned' }),
        )
        .thenViolates(PartnershipRule.BoardSeatMustBeHeldToStandDown);
    });

    it('has one chair at a time', () => {
      const chair = (personId: string): PartnershipEvent => ({
        type: 'BoardChairAppointed',
        schemaVersion: 2,
        data: { partnershipId, personId, name: personId, partnerId: null },
      });
      const state = [established, chair('a'), chair('b')].reduce(
        partnershipDecider.evolve,
        partnershipDecider.initialState(),
      );
      expect(
        state.status === 'established' &&
          [...state.board.values()].filter((seat) => seat.isChair).map((seat) => seat.personId),
      ).toEqual(['b']);
    });
  });

  describe("a person's personal data", () => {
    const bob: PartnershipEvent = {
      type: 'BoardMemberAppointed',
      schemaVersion: 2,
      data: { partnershipId, personId: 'bob', name: 'Bob Muir', partnerId: null },
    };
    const erase = aCommand<ErasePersonalData>('ErasePersonalData', {
      partnershipId,
      personId: 'bob',
      reason: 'Asked to be forgotten',
    });
    const erased: PartnershipEvent = {
      type: 'PersonalDataErased',
      schemaVersion: 1,
      data: erase.data,
    };

    it('is erased on request, once, for someone who was appointed', () => {
      spec.given([established, bob]).when(erase).then([erased]);
      spec
        .given([established, bob, erased])
        .when(erase)
        .thenViolates(PartnershipRule.PersonalDataCannotBeErasedTwice);
      spec
        .given([established])
        .when(erase)
        .thenViolates(PartnershipRule.PersonMustBeKnownToThePartnership);
      spec
        .given([established, bob])
        .when(command('ErasePersonalData', { partnershipId, personId: 'bob', reason: ' ' }))
        .thenViolates(PartnershipRule.TextMustNotBeBlank);
    });

    it('reads as erased in the state, and the person cannot be appointed again', () => {
      const state = [established, bob, erased].reduce(
        partnershipDecider.evolve,
        partnershipDecider.initialState(),
      );
      expect(state.status === 'established' && state.board.get('bob')?.name).toBe(ERASED);
      spec
        .given([established, nhsAdmitted, bob, erased])
        .when(
          command('AppointRepresentative', {
            partnershipId,
            partnerId: 'nhs',
            personId: 'bob',
            name: 'Bob Muir',
            role: 'Chair',
            contact: { email: null, telephone: null },
          }),
        )
        .thenViolates(PartnershipRule.ErasedPersonCannotBeAppointedAgain);
    });

    it('has contact details in a recognisable shape', () => {
      const appoint = (email: string | null, telephone: string | null) =>
        aCommand<AppointRepresentative>('AppointRepresentative', {
          partnershipId,
          partnerId: 'nhs',
          personId: 'cara',
          name: 'Cara Stout',
          role: 'Officer',
          contact: { email, telephone },
        });
      spec
        .given([established, nhsAdmitted])
        .when(appoint('cara at nhs', null))
        .thenViolates(PartnershipRule.EmailMustBeWellFormed);
      spec
        .given([established, nhsAdmitted])
        .when(appoint(null, 'call me'))
        .thenViolates(PartnershipRule.TelephoneMustBeWellFormed);
      spec
        .given([established, nhsAdmitted])
        .when(appoint('cara.stout@nhs.example', '+44 (0)1856 888 000'))
        .then([
          {
            type: 'RepresentativeAppointed',
            schemaVersion: 2,
            data: appoint('cara.stout@nhs.example', '+44 (0)1856 888 000').data,
          },
        ]);
    });
  });

  it('replays any command sequence to the state built step by step, and refuses without changing', () => {
    const ids = fc.constantFrom('a', 'b', 'c');
    const text = fc.constantFrom('', ' ', 'Orkney', 'NHS Orkney', 'Police Scotland');
    const anyCommand: fc.Arbitrary<PartnershipCommand> = fc.oneof(
      fc
        .record({
          partnerId: ids,
          organisation: text,
          sector: fc.constantFrom(...SECTORS, 'bogus'),
        })
        .map((d) => command('AdmitPartner', { partnershipId, ...d })),
      fc
        .record({ partnerId: ids, reason: text })
        .map((d) => command('WithdrawPartner', { partnershipId, ...d })),
      fc
        .record({
          partnerId: ids,
          personId: ids,
          name: text,
          contact: fc.record({
            email: fc.option(fc.constantFrom('a@b.example', 'not an address')),
            telephone: fc.option(fc.constantFrom('+44 1856 873535', '12')),
          }),
        })
        .map((d) => command('AppointRepresentative', { partnershipId, ...d, role: 'rep' })),
      fc
        .record({ personId: ids, reason: text })
        .map((d) => command('ErasePersonalData', { partnershipId, ...d })),
      fc
        .record({ partnerId: ids, personId: ids, reason: text })
        .map((d) => command('RemoveRepresentative', { partnershipId, ...d })),
      fc
        .record({ personId: ids, name: text, partnerId: fc.option(ids) })
        .map((d) => command('AppointBoardMember', { partnershipId, ...d })),
      fc
        .record({ personId: ids, name: text, partnerId: fc.option(ids) })
        .map((d) => command('AppointBoardChair', { partnershipId, ...d })),
      fc
        .record({ personId: ids, reason: text })
        .map((d) => command('StandDownBoardMember', { partnershipId, ...d })),
      fc.integer({ min: -1, max: 5 }).map((n) =>
        command('SetQuorumRule', {
          partnershipId,
          quorum: { minimumMembersPresent: n, chairMustAttend: false },
        }),
      ),
    );
    const establish = command('EstablishPartnership', {
      partnershipId,
      name: 'Orkney Partnership',
      councilArea: 'Orkney Islands',
      quorum,
    });
    const totals = checkDeciderProperties(
      partnershipDecider,
      fc.array(anyCommand, { maxLength: 30 }).map((rest) => [establish, ...rest]),
    );
    expect(totals.accepted).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });
});
