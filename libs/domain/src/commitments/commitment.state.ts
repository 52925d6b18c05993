import { assertNever } from '@concordat/shared-kernel';
import type { DecisionReference } from '../shared';
import type { CommitmentEvent } from './commitment.events';
import type { CommitmentTerms } from './commitment.terms';

/** Raised when a party left the partnership, until a board decision clears it. */
export interface CommitmentBoardFlag {
  readonly partnerId: string;
  readonly reason: string;
}

interface CommitmentRecord {
  readonly commitmentId: string;
  readonly partnershipId: string;
  readonly agreementId: string;
  readonly localOutcomeId: string;
  readonly terms: CommitmentTerms;
  /** The decision that accepted it; kept after closure, as a closed commitment was still accepted. */
  readonly acceptedBy: DecisionReference | null;
}

export type OpenCommitment = CommitmentRecord & {
  readonly status: 'proposed' | 'accepted';
  /** By the partner whose leaving raised the flag. */
  readonly flags: ReadonlyMap<string, CommitmentBoardFlag>;
};

/** Nothing more can happen to a closed commitment, so it carries no flags for the board. */
export type ClosedCommitment = CommitmentRecord & {
  readonly status: 'rejected' | 'delivered' | 'withdrawn' | 'lapsed';
};

export type CommitmentState = { readonly status: 'none' } | OpenCommitment | ClosedCommitment;

export type ExistingCommitment = OpenCommitment | ClosedCommitment;

export function isOpenCommitment(state: CommitmentState): state is OpenCommitment {
  return state.status === 'proposed' || state.status === 'accepted';
}

export const initialCommitmentState = (): CommitmentState => ({ status: 'none' });

export function evolveCommitment(state: CommitmentState, event: CommitmentEvent): CommitmentState {
  if (event.type === 'CommitmentProposed') {
    const { commitmentId, partnershipId, agreementId, localOutcomeId, ...terms } = event.data;
    return {
      status: 'proposed',
      commitmentId,
      partnershipId,
      agreementId,
      localOutcomeId,
      terms,
      acceptedBy: null,
      flags: new Map(),
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'CommitmentAccepted':
      return state.status === 'proposed'
        ? { ...state, status: 'accepted', acceptedBy: event.data.decision }
        : state;
    case 'CommitmentRevised':
      return { ...state, terms: event.data.terms };
    case 'CommitmentFlaggedForBoard': {
      if (!isOpenCommitment(state)) return state;
      const { partnerId, reason } = event.data;
      return { ...state, flags: new Map(state.flags).set(partnerId, { partnerId, reason }) };
    }
    case 'CommitmentFlagCleared': {
      if (!isOpenCommitment(state)) return state;
      const flags = new Map(state.flags);
      flags.delete(event.data.partnerId);
      return { ...state, flags };
    }
    case 'CommitmentProgressReported':
      // No rule looks back at earlier reports; read models keep the history.
      return state;
    case 'CommitmentRejected':
      return close(state, 'rejected');
    case 'CommitmentDelivered':
      return close(state, 'delivered');
    case 'CommitmentWithdrawn':
      return close(state, 'withdrawn');
    case 'CommitmentLapsed':
      return close(state, 'lapsed');
    default:
      return assertNever(event, 'commitment event');
  }
}

function close(state: ExistingCommitment, status: ClosedCommitment['status']): ClosedCommitment {
  const { commitmentId, partnershipId, agreementId, localOutcomeId, terms, acceptedBy } = state;
  return { status, commitmentId, partnershipId, agreementId, localOutcomeId, terms, acceptedBy };
}
