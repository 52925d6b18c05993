import type { AppointRepresentative } from '../partnership.commands';
import type { RepresentativeAppointed } from '../partnership.events';
import { ensureText } from '../../shared/field-rules';
import { ensureCurrentPartner, ensureEstablished, PartnershipRule } from '../partnership.rules';
import type { PartnershipState } from '../partnership.state';

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
  ensureText(command.data.name, 'name');
  return [{ type: 'RepresentativeAppointed', schemaVersion: 1, data: { ...command.data } }];
}
