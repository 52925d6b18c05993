import type { DomainEvent, Upcaster } from '@concordat/shared-kernel';
import type { ContactDetails, RepresentativeAppointed } from './partnership.events';

/** RepresentativeAppointed as version 1 wrote it, name in clear and no contact details. */
export type RepresentativeAppointedV1 = DomainEvent<
  'RepresentativeAppointed',
  Omit<RepresentativeAppointed['data'], 'contact'>,
  1
>;

const NO_CONTACT: ContactDetails = { email: null, telephone: null };

/**
 * Version 1 of RepresentativeAppointed knew no contact details. Versions 1 of the board
 * appointments differ from 2 only in the store, where 2 seals the name: the shape carries over.
 */
export const partnershipUpcasters: readonly Upcaster[] = [
  {
    type: 'RepresentativeAppointed',
    fromVersion: 1,
    upcast: (data) => ({ ...data, contact: NO_CONTACT }),
  },
  { type: 'BoardChairAppointed', fromVersion: 1, upcast: (data) => ({ ...data }) },
  { type: 'BoardMemberAppointed', fromVersion: 1, upcast: (data) => ({ ...data }) },
];
