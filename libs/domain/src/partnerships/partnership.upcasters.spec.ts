import { upcastEvent } from '@concordat/shared-kernel';
import { partnershipUpcasters, type RepresentativeAppointedV1 } from './partnership.upcasters';

describe('partnership events written by older versions', () => {
  it('read a version 1 representative as having no contact details', () => {
    const stored: RepresentativeAppointedV1 = {
      type: 'RepresentativeAppointed',
      schemaVersion: 1,
      data: {
        partnershipId: 'orkney',
        partnerId: 'nhs',
        personId: 'dr-flett',
        name: 'Dr Flett',
        role: 'Director of Public Health',
      },
    };
    expect(upcastEvent(partnershipUpcasters, stored)).toEqual({
      type: 'RepresentativeAppointed',
      schemaVersion: 2,
      data: { ...stored.data, contact: { email: null, telephone: null } },
    });
  });

  it('read version 1 board appointments unchanged but for the version', () => {
    for (const type of ['BoardChairAppointed', 'BoardMemberAppointed']) {
      const data = { partnershipId: 'orkney', personId: 'bob', name: 'Bob Muir', partnerId: null };
      expect(upcastEvent(partnershipUpcasters, { type, schemaVersion: 1, data })).toEqual({
        type,
        schemaVersion: 2,
        data,
      });
    }
  });
});
