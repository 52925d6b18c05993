import type { DecisionRecorded, BoardMeetingHeld } from '../meeting.events';
import type { MeetingContext } from '../meeting.context';

export const partnershipId = 'p-orkney';
export const meetingId = 'm-2008-05';
export const meetingDate = '2008-05-20';
export const quorum = { minimumMembersPresent: 3, chairMustAttend: true };
export const boardMemberIds = ['chair', 'nhs-ceo', 'police-cmdr', 'cllr-b'];

/** The board of the Orkney partnership: four seats, a chair, a quorum of three with the chair. */
export const boardContext: MeetingContext = {
  partnership: { status: 'established', boardMemberIds, chairId: 'chair', quorum },
};

export function aMeetingHeld(data: Partial<BoardMeetingHeld['data']> = {}): BoardMeetingHeld {
  const attendees = data.attendees ?? ['chair', 'nhs-ceo', 'police-cmdr'];
  return {
    type: 'BoardMeetingHeld',
    schemaVersion: 1,
    data: {
      meetingId,
      partnershipId,
      date: meetingDate,
      location: 'Council Offices, Kirkwall',
      attendees,
      otherAttendees: [],
      apologies: [],
      quorum,
      boardMembersPresent: attendees.length,
      chairPresent: attendees.includes('chair'),
      quorate: true,
      ...data,
    },
  };
}

export function aDecisionRecorded(data: Partial<DecisionRecorded['data']> = {}): DecisionRecorded {
  return {
    type: 'DecisionRecorded',
    schemaVersion: 1,
    data: {
      meetingId,
      decisionId: 'd-1',
      partnershipId,
      decidedOn: meetingDate,
      kind: 'accept_commitment',
      subjects: [{ kind: 'commitment', id: 'c-nhs-smoking' }],
      rationale: 'Resourced and measurable',
      takingPart: ['chair', 'nhs-ceo', 'police-cmdr'],
      vote: null,
      carried: true,
      actions: [
        {
          actionId: 'a-1',
          description: 'Report progress in six months',
          owner: { kind: 'partner', id: 'nhs' },
          dueDate: '2008-11-30',
        },
      ],
      ...data,
    },
  };
}
