import type { DecisionFacts } from '../shared';

/** The partnership as ProposeCommitment needs it; null when it has not been established. */
export interface PartnershipFactsForCommitments {
  /** Partners admitted and not withdrawn. */
  readonly currentPartnerIds: readonly string[];
}

/**
 * Whether an agreement still takes commitments: 'open' while it is drafted or in force,
 * 'closed' when its period has ended, 'superseded' when a later agreement replaced it.
 */
export type AgreementStandingForCommitments = 'open' | 'closed' | 'superseded';

/** The agreement as ProposeCommitment needs it; null when there is no such agreement. */
export interface AgreementFactsForCommitments {
  readonly agreementId: string;
  readonly partnershipId: string;
  readonly status: AgreementStandingForCommitments;
  /** The agreement's local outcomes that are in force (not removed by an amendment). */
  readonly localOutcomeIds: readonly string[];
}

/** Looked up for ProposeCommitment. */
export interface CommitmentProposalContext {
  readonly partnership: PartnershipFactsForCommitments | null;
  readonly agreement: AgreementFactsForCommitments | null;
}

/**
 * Looked up for the commands that act on a board decision (accept, reject, revise, clear a
 * flag): the facts of the decision the command references, null when it references nothing.
 */
export interface CommitmentDecisionContext {
  readonly decision: DecisionFacts | null;
}

/**
 * What the decider receives. Each command reads only its own part, and a part that was not
 * looked up reads as not found, so a handler that forgets a lookup is refused, never waved
 * through. Commands that need no facts from elsewhere take no context.
 */
export type CommitmentContext =
  Partial<CommitmentProposalContext & CommitmentDecisionContext> | undefined;
