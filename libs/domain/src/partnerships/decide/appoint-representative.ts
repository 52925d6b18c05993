import type { AppointRepresentative } from '../partnership.commands';
import type { RepresentativeAppointed } from '../partnership.events';
import { ensureText } from '../../shared/field-rules';
import {
  ensureCurrentPartner,
  ensureEstablished,
  ensureNotErased,
  PartnershipRule,
} from '../partnership.rules';
import type { PartnershipState } from '../partnership.state';
import { ensureContactDetails } from './contact-details';

export function appointRepresentative(
  command: AppointRepresentative,
  state: PartnershipState,
): [RepresentativeAppointed] {
  const partnership = ensureEstablished(state);
  ensureCurrentPartner(
    partnership,
    command.data.partnerId,
    PartnershipRule.OnlyACurrentPartnerHasRepresentativesAppointed,
  );
  ensureNotErased(partnership, command.data.personId);
  ensureText(command.data.name, 'name');
  ensureContactDetails(command.data.contact);
  return [{ type: 'RepresentativeAppointed', schemaVersion: 2, data: { ...command.data } }];
}
