import { ensure } from '@concordat/shared-kernel';
import type { HoldBoardMeeting } from '../meeting.commands';
import type { MeetingContext } from '../meeting.context';
import type { BoardMeetingHeld } from '../meeting.events';
import { ensurePastDate, ensureText } from '../../shared/field-rules';
import { ensureListedOnce, MeetingRule } from '../meeting.rules';
import type { MeetingState } from '../meeting.state';

/**
 * An inquorate meeting is still recorded, because auditors need to see it happened; it just
 * cannot decide anything (see recordDecision).
 */
export function holdBoardMeeting(
  command: HoldBoardMeeting,
  state: MeetingState,
  context: MeetingContext | undefined,
): [BoardMeetingHeld] {
  ensure(
    state.status === 'none',
    MeetingRule.CannotBeRecordedTwice,
    `meeting ${command.data.meetingId} has already been recorded`,
    'meetingId',
  );
  const board = context?.partnership;
  ensure(
    board?.status === 'established',
    MeetingRule.NeedsAnEstablishedPartnership,
    `partnership ${command.data.partnershipId} has not been established`,
    'partnershipId',
  );
  const { meetingId, partnershipId, date, location, attendees, apologies } = command.data;
  const otherAttendees = command.data.otherAttendees ?? [];
  ensurePastDate(date, command.metadata.issuedAt, MeetingRule.DateCannotBeInTheFuture, 'date');
  ensureText(location, 'location');
  attendees.forEach((personId, index) =>
    ensure(
      board.boardMemberIds.includes(personId),
      MeetingRule.AttendeesMustSitOnTheBoard,
      `${personId} does not sit on the board`,
      `attendees[${index}]`,
    ),
  );
  apologies.forEach((personId, index) =>
    ensure(
      board.boardMemberIds.includes(personId),
      MeetingRule.ApologiesComeFromBoardMembers,
      `${personId} does not sit on the board`,
      `apologies[${index}]`,
    ),
  );
  ensureListedOnce(attendees, 'attendees');
  ensureListedOnce(apologies, 'apologies', attendees);
  otherAttendees.forEach(({ name, role }, index) => {
    ensureText(name, `otherAttendees[${index}].name`);
    ensureText(role, `otherAttendees[${index}].role`);
  });
  const chairPresent = board.chairId !== null && attendees.includes(board.chairId);
  const quorate =
    attendees.length >= board.quorum.minimumMembersPresent &&
    (chairPresent || !board.quorum.chairMustAttend);
  return [
    {
      type: 'BoardMeetingHeld',
      schemaVersion: 1,
      data: {
        meetingId,
        partnershipId,
        date,
        location: location.trim(),
        attendees: [...attendees],
        otherAttendees: otherAttendees.map(({ name, role }) => ({
          name: name.trim(),
          role: role.trim(),
        })),
        apologies: [...apologies],
        quorum: { ...board.quorum },
        boardMembersPresent: attendees.length,
        chairPresent,
        quorate,
      },
    },
  ];
}
