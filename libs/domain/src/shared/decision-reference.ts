/** Points at a decision a board took: the meeting, and the decision within it. */
export interface DecisionReference {
  readonly meetingId: string;
  readonly decisionId: string;
}

/** What a decision can be about. */
export type DecisionSubject =
  | { readonly kind: 'commitment'; readonly id: string }
  | { readonly kind: 'outcome'; readonly id: string }
  | { readonly kind: 'agreement'; readonly id: string }
  | { readonly kind: 'partner'; readonly id: string }
  | { readonly kind: 'annual_report'; readonly id: string };

export const DECISION_KINDS = [
  'accept_commitment',
  'reject_commitment',
  'approve_amendment',
  'approve_commitment_revision',
  'hold_partner_to_account',
  'escalate',
  'commission_work',
  'accept_annual_report',
  'other',
] as const;

export type DecisionKind = (typeof DECISION_KINDS)[number];

/**
 * The facts about a referenced decision that another aggregate's rules need; looked up by the
 * command handler from the meeting's stream and handed to the decider as context (null when the
 * reference points at nothing).
 */
export interface DecisionFacts {
  readonly reference: DecisionReference;
  readonly partnershipId: string;
  readonly kind: DecisionKind;
  readonly subjects: readonly DecisionSubject[];
  /** Decisions only stand when taken at a quorate meeting; recorded here for defence in depth. */
  readonly quorate: boolean;
  /** The outcome of the decision: carried, or not carried (a failed vote). */
  readonly carried: boolean;
  readonly decidedOn: string;
}

/** True when the decision is of the kind and about the subject a rule requires, and stands. */
export function authorises(
  facts: DecisionFacts | null,
  kind: DecisionKind,
  subject: DecisionSubject,
): boolean {
  return (
    facts !== null &&
    facts.quorate &&
    facts.carried &&
    facts.kind === kind &&
    facts.subjects.some(
      (candidate) => candidate.kind === subject.kind && candidate.id === subject.id,
    )
  );
}
