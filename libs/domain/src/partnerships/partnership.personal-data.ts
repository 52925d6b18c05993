import type { PersonalDataErasure, PersonalDataFields } from '@concordat/shared-kernel';

/** Person ids are chosen within a partnership, so the partnership is part of whose data it is. */
const personOf = (data: Readonly<Record<string, unknown>>) =>
  `${String(data['partnershipId'])}/${String(data['personId'])}`;

/** Representatives' and board members' names and contact details are theirs to have erased. */
export const partnershipPersonalData: readonly PersonalDataFields[] = [
  {
    type: 'RepresentativeAppointed',
    sealedFrom: 2,
    fields: ['name', 'contact.email', 'contact.telephone'],
    subjectOf: personOf,
  },
  { type: 'BoardChairAppointed', sealedFrom: 2, fields: ['name'], subjectOf: personOf },
  { type: 'BoardMemberAppointed', sealedFrom: 2, fields: ['name'], subjectOf: personOf },
];

export const partnershipPersonalDataErasure: PersonalDataErasure = {
  type: 'PersonalDataErased',
  subjectOf: personOf,
};
