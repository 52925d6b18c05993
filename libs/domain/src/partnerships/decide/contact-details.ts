import { ensure } from '@concordat/shared-kernel';
import type { ContactDetails } from '../partnership.events';
import { PartnershipRule } from '../partnership.rules';

/** One @, something either side, no spaces: mail servers decide the rest. */
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;
/** Digits with the usual separators and an optional leading +, as people write numbers. */
const TELEPHONE = /^\+?[0-9][0-9 ()-]{5,24}$/;

export function ensureContactDetails(contact: ContactDetails): void {
  if (contact.email !== null) {
    ensure(
      EMAIL.test(contact.email) && contact.email.length <= 254,
      PartnershipRule.EmailMustBeWellFormed,
      'email must be an address such as name@example.org',
      'contact.email',
    );
  }
  if (contact.telephone !== null) {
    ensure(
      TELEPHONE.test(contact.telephone),
      PartnershipRule.TelephoneMustBeWellFormed,
      'telephone must be a number such as +44 1856 873535',
      'contact.telephone',
    );
  }
}
