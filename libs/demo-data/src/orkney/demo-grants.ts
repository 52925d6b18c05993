import type { Grant, Role } from '@concordat/access-control';
import { PARTNER, PARTNERSHIP_ID } from './ids';

/**
 * One demo identity per role, so a newcomer can try what each may see and do: members of the
 * Orkney partnership, NHS Orkney's representative, and the platform-wide roles.
 */
export const DEMO_GRANTS: Readonly<Record<Role, Grant>> = {
  'platform-admin': { role: 'platform-admin' },
  'government-official': { role: 'government-official' },
  auditor: { role: 'auditor' },
  public: { role: 'public' },
  'partnership-officer': { role: 'partnership-officer', partnershipId: PARTNERSHIP_ID },
  'partner-representative': {
    role: 'partner-representative',
    partnershipId: PARTNERSHIP_ID,
    partnerId: PARTNER.nhs,
  },
  'board-chair': { role: 'board-chair', partnershipId: PARTNERSHIP_ID },
  'board-member': { role: 'board-member', partnershipId: PARTNERSHIP_ID },
};
