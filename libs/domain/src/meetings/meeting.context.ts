import type { PartnershipState, QuorumRule } from '../partnerships';

/** The board as it stands when a meeting is recorded. */
export interface BoardFacts {
  readonly status: PartnershipState['status'];
  readonly boardMemberIds: readonly string[];
  readonly chairId: string | null;
  readonly quorum: QuorumRule;
}

/**
 * What recording a meeting needs to know about its partnership (null when there is no such
 * partnership). Only HoldBoardMeeting reads it; the other commands decide from the meeting alone,
 * and their handlers pass nothing.
 */
export interface MeetingContext {
  readonly partnership: BoardFacts | null;
}

/**
 * The context a handler builds from the partnership's state, replayed from the stream
 * `partnership-<partnershipId>` of the command's partnershipId.
 */
export function meetingContextFrom(partnership: PartnershipState): MeetingContext {
  if (partnership.status === 'none') return { partnership: null };
  const seats = [...partnership.board.values()];
  return {
    partnership: {
      status: partnership.status,
      boardMemberIds: seats.map((seat) => seat.personId),
      chairId: seats.find((seat) => seat.isChair)?.personId ?? null,
      quorum: partnership.quorum,
    },
  };
}
