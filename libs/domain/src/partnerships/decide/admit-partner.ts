import { ensure } from '@concordat/shared-kernel';
import type { AdmitPartner } from '../partnership.commands';
import type { PartnerAdmitted } from '../partnership.events';
import { ensureOneOf, ensureText } from '../../shared/field-rules';
import { ensureEstablished, PartnershipRule } from '../partnership.rules';
import type { PartnershipState } from '../partnership.state';
import { SECTORS } from '../sector';

export function admitPartner(command: AdmitPartner, state: PartnershipState): [PartnerAdmitted] {
  const partnership = ensureEstablished(state);
  const { partnershipId, partnerId, organisation, sector } = command.data;
  ensureText(organisation, 'organisation');
  ensureOneOf(SECTORS, sector, PartnershipRule.SectorMustBeAKnownSector, 'sector');
  ensure(
    !partnership.partners.has(partnerId),
    PartnershipRule.PartnerCannotBeAdmittedTwice,
    `partner ${partnerId} has already been admitted`,
    'partnerId',
  );
  const sameName = (name: string) =>
    name.trim().toLowerCase() === organisation.trim().toLowerCase();
  ensure(
    ![...partnership.partners.values()].some(
      (p) => p.status === 'current' && sameName(p.organisation),
    ),
    PartnershipRule.OrganisationCannotBeACurrentPartnerTwice,
    `${organisation} is already a current partner`,
    'organisation',
  );
  return [
    {
      type: 'PartnerAdmitted',
      schemaVersion: 1,
      data: { partnershipId, partnerId, organisation: organisation.trim(), sector },
    },
  ];
}
