import { replay } from '@concordat/shared-kernel';
import { authorises } from '../shared';
import { decisionFacts } from './decision-facts';
import { meetingDecider } from './meeting.decider';
import {
  aDecisionRecorded,
  aMeetingHeld,
  meetingDate,
  partnershipId,
} from './testing/meeting-fixtures';

const reference = { meetingId: 'm-2008-05', decisionId: 'd-1' };
const commitment = { kind: 'commitment', id: 'c-nhs-smoking' } as const;
const meeting = (...events: Parameters<typeof meetingDecider.evolve>[1][]) =>
  replay(meetingDecider, events);

describe('the facts of a decision, for other aggregates', () => {
  it('come from the meeting that took it', () => {
    const facts = decisionFacts(meeting(aMeetingHeld(), aDecisionRecorded()), reference);
    expect(facts).toEqual({
      reference,
      partnershipId,
      kind: 'accept_commitment',
      subjects: [commitment],
      quorate: true,
      carried: true,
      decidedOn: meetingDate,
    });
    expect(authorises(facts, 'accept_commitment', commitment)).toBe(true);
  });

  it('record a failed vote, which authorises nothing', () => {
    const failed = aDecisionRecorded({
      vote: { for: 1, against: 2, abstain: 0 },
      carried: false,
      actions: [],
    });
    const facts = decisionFacts(meeting(aMeetingHeld(), failed), reference);
    expect(facts?.carried).toBe(false);
    expect(authorises(facts, 'accept_commitment', commitment)).toBe(false);
  });

  it('are null when the meeting or the decision was never recorded', () => {
    expect(decisionFacts(meeting(), reference)).toBeNull();
    expect(decisionFacts(meeting(aMeetingHeld()), reference)).toBeNull();
    expect(
      decisionFacts(meeting(aMeetingHeld(), aDecisionRecorded()), {
        meetingId: 'm-other',
        decisionId: 'd-1',
      }),
    ).toBeNull();
  });
});
