import { ensure } from '@concordat/shared-kernel';
import type { EstablishPartnership } from '../partnership.commands';
import type { PartnershipEstablished } from '../partnership.events';
import { ensureText } from '../../shared/field-rules';
import { ensureValidQuorum, PartnershipRule } from '../partnership.rules';
import type { PartnershipState } from '../partnership.state';

export function establishPartnership(
  command: EstablishPartnership,
  state: PartnershipState,
): [PartnershipEstablished] {
  ensure(
    state.status === 'none',
    PartnershipRule.CannotBeEstablishedTwice,
    `partnership ${command.data.partnershipId} already exists`,
    'partnershipId',
  );
  ensureText(command.data.name, 'name');
  ensureText(command.data.councilArea, 'councilArea');
  ensureValidQuorum(command.data.quorum);
  const { partnershipId, name, councilArea, quorum } = command.data;
  return [
    {
      type: 'PartnershipEstablished',
      schemaVersion: 1,
      data: { partnershipId, name: name.trim(), councilArea: councilArea.trim(), quorum },
    },
  ];
}
