import { ensure } from '@concordat/shared-kernel';
import type { RemoveRepresentative } from '../partnership.commands';
import type { RepresentativeRemoved } from '../partnership.events';
import { ensureText } from '../../shared/field-rules';
import { ensureEstablished, PartnershipRule } from '../partnership.rules';
import type { PartnershipState } from '../partnership.state';

export function removeRepresentative(
  command: RemoveRepresentative,
  state: PartnershipState,
): [RepresentativeRemoved] {
  const partnership = ensureEstablished(state);
  const { partnerId, personId } = command.data;
  ensure(
    partnership.partners.get(partnerId)?.representatives.has(personId) === true,
    PartnershipRule.RepresentativeMustBeAppointedToBeRemoved,
    `${personId} does not represent partner ${partnerId}`,
    'personId',
  );
  ensureText(command.data.reason, 'reason');
  return [{ type: 'RepresentativeRemoved', schemaVersion: 1, data: { ...command.data } }];
}
