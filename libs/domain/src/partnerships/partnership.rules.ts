import { ensure } from '@concordat/shared-kernel';
import { FieldRule } from '../shared/field-rules';
import type { EstablishedPartnership, Partner, PartnershipState } from './partnership.state';
import type { QuorumRule } from './partnership.events';

/** Exported with the partnership's rules; the check itself is shared by every feature. */
export { ensureText } from '../shared/field-rules';

/** Every rule of a partnership, named as the sentence it enforces. */
export const PartnershipRule = {
  MustBeEstablished: 'PartnershipMustBeEstablished',
  CannotBeEstablishedTwice: 'PartnershipCannotBeEstablishedTwice',
  QuorumNeedsAtLeastOneMember: 'QuorumNeedsAtLeastOneMember',
  SectorMustBeAKnownSector: 'SectorMustBeAKnownSector',
  PartnerCannotBeAdmittedTwice: 'PartnerCannotBeAdmittedTwice',
  OrganisationCannotBeACurrentPartnerTwice: 'OrganisationCannotBeACurrentPartnerTwice',
  OnlyACurrentPartnerHasRepresentativesAppointed: 'OnlyACurrentPartnerHasRepresentativesAppointed',
  RepresentativeMustBeAppointedToBeRemoved: 'RepresentativeMustBeAppointedToBeRemoved',
  OnlyACurrentPartnerCanWithdraw: 'OnlyACurrentPartnerCanWithdraw',
  PersonCannotHoldTwoBoardSeats: 'PersonCannotHoldTwoBoardSeats',
  BoardSeatMustBeHeldToStandDown: 'BoardSeatMustBeHeldToStandDown',
  BoardSeatsRepresentCurrentPartners: 'BoardSeatsRepresentCurrentPartners',
  EmailMustBeWellFormed: 'EmailMustBeWellFormed',
  TelephoneMustBeWellFormed: 'TelephoneMustBeWellFormed',
  PersonMustBeKnownToThePartnership: 'PersonMustBeKnownToThePartnership',
  PersonalDataCannotBeErasedTwice: 'PersonalDataCannotBeErasedTwice',
  ErasedPersonCannotBeAppointedAgain: 'ErasedPersonCannotBeAppointedAgain',
  TextMustNotBeBlank: FieldRule.TextMustNotBeBlank,
} as const;

export function ensureEstablished(state: PartnershipState): EstablishedPartnership {
  ensure(
    state.status === 'established',
    PartnershipRule.MustBeEstablished,
    'the partnership has not been established',
    'partnershipId',
  );
  return state;
}

export function ensureCurrentPartner(
  state: EstablishedPartnership,
  partnerId: string,
  rule: string,
): Partner {
  const partner = state.partners.get(partnerId);
  ensure(
    partner?.status === 'current',
    rule,
    `partner ${partnerId} is not a current partner of ${state.name}`,
    'partnerId',
  );
  return partner;
}

export function ensureValidQuorum(quorum: QuorumRule): void {
  ensure(
    Number.isInteger(quorum.minimumMembersPresent) && quorum.minimumMembersPresent >= 1,
    PartnershipRule.QuorumNeedsAtLeastOneMember,
    'a quorum needs at least one member present',
    'quorum.minimumMembersPresent',
  );
}

/**
 * A person whose data was erased keeps their id in the log, but nothing can be recorded about them
 * again: their key is gone, and a new appointment would quietly bring the erased person back.
 */
export function ensureNotErased(state: EstablishedPartnership, personId: string): void {
  ensure(
    state.people.get(personId) !== 'erased',
    PartnershipRule.ErasedPersonCannotBeAppointedAgain,
    `${personId}'s personal data was erased; appoint them under a new person id`,
    'personId',
  );
}
