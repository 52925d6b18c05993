import type { PersonalDataCatalogue } from '@concordat/shared-kernel';
import {
  partnershipPersonalData,
  partnershipPersonalDataErasure,
} from './partnerships/partnership.personal-data';

/** Every event type of the domain that holds personal data, and the one that erases it. */
export const PERSONAL_DATA: PersonalDataCatalogue = {
  fields: partnershipPersonalData,
  erasures: [partnershipPersonalDataErasure],
};
