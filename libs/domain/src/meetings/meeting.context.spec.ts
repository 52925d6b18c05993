import { replay } from '@concordat/shared-kernel';
import { partnershipDecider, type PartnershipEvent } from '../partnerships';
import { meetingContextFrom } from './meeting.context';

const partnershipId = 'p-orkney';
const quorum = { minimumMembersPresent: 2, chairMustAttend: true };
const seat = (
  type: 'BoardChairAppointed' | 'BoardMemberAppointed',
  personId: string,
): PartnershipEvent => ({
  type,
  schemaVersion: 2,
  data: { partnershipId, personId, name: personId, partnerId: null },
});

describe('the context for recording a meeting', () => {
  it('is the board as the partnership stream has it now', () => {
    const partnership = replay(partnershipDecider, [
      {
        type: 'PartnershipEstablished',
        schemaVersion: 1,
        data: { partnershipId, name: 'Orkney', councilArea: 'Orkney Islands', quorum },
      },
      seat('BoardMemberAppointed', 'nhs-ceo'),
      seat('BoardChairAppointed', 'chair'),
      seat('BoardMemberAppointed', 'cllr-b'),
      {
        type: 'BoardMemberStoodDown',
        schemaVersion: 1,
        data: { partnershipId, personId: 'cllr-b', reason: 'resigned' },
      },
    ]);
    expect(meetingContextFrom(partnership)).toEqual({
      partnership: {
        status: 'established',
        boardMemberIds: ['nhs-ceo', 'chair'],
        chairId: 'chair',
        quorum,
      },
    });
  });

  it('has no partnership when none was established', () => {
    expect(meetingContextFrom(partnershipDecider.initialState())).toEqual({ partnership: null });
  });
});
