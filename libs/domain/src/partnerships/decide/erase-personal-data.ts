import { ensure } from '@concordat/shared-kernel';
import type { ErasePersonalData } from '../partnership.commands';
import type { PersonalDataErased } from '../partnership.events';
import { ensureText } from '../../shared/field-rules';
import { ensureEstablished, PartnershipRule } from '../partnership.rules';
import type { PartnershipState } from '../partnership.state';

/**
 * A person may ask for their name and contact details to be erased, in office or not. What they
 * did stays on record under their person id; only what identifies them goes.
 */
export function erasePersonalData(
  command: ErasePersonalData,
  state: PartnershipState,
): [PersonalDataErased] {
  const partnership = ensureEstablished(state);
  const status = partnership.people.get(command.data.personId);
  ensure(
    status !== undefined,
    PartnershipRule.PersonMustBeKnownToThePartnership,
    `${command.data.personId} was never appointed in ${partnership.name}`,
    'personId',
  );
  ensure(
    status !== 'erased',
    PartnershipRule.PersonalDataCannotBeErasedTwice,
    `${command.data.personId}'s personal data was erased already`,
    'personId',
  );
  ensureText(command.data.reason, 'reason');
  return [{ type: 'PersonalDataErased', schemaVersion: 1, data: { ...command.data } }];
}
