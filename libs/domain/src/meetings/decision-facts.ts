import type { DecisionFacts, DecisionReference } from '../shared';
import type { MeetingState } from './meeting.state';

/**
 * What other aggregates' handlers hand their deciders about a decision, from the meeting stream
 * the reference names: null when that meeting or decision was never recorded.
 */
export function decisionFacts(
  state: MeetingState,
  reference: DecisionReference,
): DecisionFacts | null {
  if (state.status !== 'held' || state.meetingId !== reference.meetingId) return null;
  const decision = state.decisions.get(reference.decisionId);
  if (!decision) return null;
  return {
    reference: { meetingId: reference.meetingId, decisionId: reference.decisionId },
    partnershipId: state.partnershipId,
    kind: decision.kind,
    subjects: decision.subjects,
    quorate: state.quorate,
    carried: decision.carried,
    decidedOn: state.date,
  };
}
