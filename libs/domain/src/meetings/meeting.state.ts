import { assertNever } from '@concordat/shared-kernel';
import type { CalendarDate, DecisionKind, DecisionSubject } from '../shared';
import type { MeetingEvent } from './meeting.events';

export interface MeetingDecision {
  readonly decisionId: string;
  readonly kind: DecisionKind;
  readonly subjects: readonly DecisionSubject[];
  readonly carried: boolean;
}

export interface MeetingAction {
  readonly actionId: string;
  readonly decisionId: string;
  readonly completedOn: CalendarDate | null;
}

export type MeetingState =
  | { readonly status: 'none' }
  | {
      readonly status: 'held';
      readonly meetingId: string;
      readonly partnershipId: string;
      readonly date: CalendarDate;
      /** Board members present, by person id. */
      readonly attendees: readonly string[];
      readonly quorate: boolean;
      readonly decisions: ReadonlyMap<string, MeetingDecision>;
      /** Every action any decision of the meeting assigned, by action id. */
      readonly actions: ReadonlyMap<string, MeetingAction>;
    };

export type HeldMeeting = Extract<MeetingState, { status: 'held' }>;

export const initialMeetingState = (): MeetingState => ({ status: 'none' });

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  if (event.type === 'BoardMeetingHeld') {
    const { meetingId, partnershipId, date, attendees, quorate } = event.data;
    return {
      status: 'held',
      meetingId,
      partnershipId,
      date,
      attendees,
      quorate,
      decisions: new Map(),
      actions: new Map(),
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'DecisionRecorded': {
      const { decisionId, kind, subjects, carried } = event.data;
      const actions = new Map(state.actions);
      for (const { actionId } of event.data.actions) {
        actions.set(actionId, { actionId, decisionId, completedOn: null });
      }
      return {
        ...state,
        decisions: new Map(state.decisions).set(decisionId, {
          decisionId,
          kind,
          subjects,
          carried,
        }),
        actions,
      };
    }
    case 'DecisionActionCompleted': {
      const action = state.actions.get(event.data.actionId);
      if (!action) return state;
      const completed: MeetingAction = { ...action, completedOn: event.data.completedOn };
      return { ...state, actions: new Map(state.actions).set(action.actionId, completed) };
    }
    default:
      return assertNever(event, 'meeting event');
  }
}
