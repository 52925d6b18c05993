import { replay, RuleViolation } from '@concordat/shared-kernel';
import type { DecisionFacts, DecisionKind, DecisionReference } from '../../shared';
import { aCommand } from '../../testing/command-builder';
import type { CommitmentCommand } from '../commitment.commands';
import type {
  CommitmentContext,
  CommitmentDecisionContext,
  CommitmentProposalContext,
} from '../commitment.context';
import { commitmentDecider } from '../commitment.decider';
import type { CommitmentEvent, CommitmentProposed } from '../commitment.events';
import type { CommitmentParty, CommitmentTerms } from '../commitment.terms';

export const partnershipId = 'p-glasgow';
export const agreementId = 'soa-glasgow-2008';
export const localOutcomeId = 'lo-fewer-workless-households';
export const commitmentId = 'c-employability-hubs';

export const command = aCommand<CommitmentCommand>;

export function party(
  partnerId: string,
  pence: number,
  staffFte: number,
  effortPercent: number,
): CommitmentParty {
  return { partnerId, money: { minorUnits: pence, currency: 'GBP' }, staffFte, effortPercent };
}

/** The council alone puts £250,000 and 2.5 FTE behind employability hubs. */
export function soleTerms(changes: Partial<CommitmentTerms> = {}): CommitmentTerms {
  return {
    action: 'Open three employability hubs in the east end',
    parties: [party('council', 25_000_000, 2.5, 100)],
    leadPartnerId: 'council',
    resources: {
      money: { minorUnits: 25_000_000, currency: 'GBP' },
      fundingStream: 'Fairer Scotland Fund',
      staffFte: 2.5,
      inKind: null,
    },
    dueDate: '2011-03-31',
    accountableOfficer: { name: 'Ann Smith', role: 'Head of Employability' },
    ...changes,
  };
}

/** The council leads; the health board adds money, staff, and rooms in its clinics. */
export function jointTerms(changes: Partial<CommitmentTerms> = {}): CommitmentTerms {
  return soleTerms({
    parties: [party('council', 30_000_000, 2, 60), party('nhs', 10_000_000, 1.5, 40)],
    resources: {
      money: { minorUnits: 40_000_000, currency: 'GBP' },
      fundingStream: 'Fairer Scotland Fund',
      staffFte: 3.5,
      inKind: 'Consulting rooms in two health centres',
    },
    ...changes,
  });
}

export function proposal(terms: CommitmentTerms = soleTerms()) {
  return { commitmentId, partnershipId, agreementId, localOutcomeId, ...terms };
}

export function proposed(terms: CommitmentTerms = soleTerms()): CommitmentProposed {
  return { type: 'CommitmentProposed', schemaVersion: 2, data: proposal(terms) };
}

export const proposalContext: CommitmentProposalContext = {
  partnership: { currentPartnerIds: ['council', 'nhs', 'police', 'government'] },
  agreement: {
    agreementId,
    partnershipId,
    status: 'open',
    localOutcomeIds: [localOutcomeId, 'lo-safer-streets'],
  },
};

export const reference = (kind: DecisionKind): DecisionReference => ({
  meetingId: 'board-2008-09-15',
  decisionId: `d-${kind}`,
});

/** A carried decision of a quorate meeting about the commitment, unless told otherwise. */
export function decisionFacts(
  kind: DecisionKind,
  changes: Partial<DecisionFacts> = {},
): DecisionFacts {
  return {
    reference: reference(kind),
    partnershipId,
    kind,
    subjects: [{ kind: 'commitment', id: commitmentId }],
    quorate: true,
    carried: true,
    decidedOn: '2008-09-15',
    ...changes,
  };
}

export const decided = (
  kind: DecisionKind,
  changes: Partial<DecisionFacts> = {},
): CommitmentDecisionContext => ({ decision: decisionFacts(kind, changes) });

const about = { commitmentId, partnershipId };

export const accepted: CommitmentEvent = {
  type: 'CommitmentAccepted',
  schemaVersion: 1,
  data: { ...about, decision: reference('accept_commitment'), decidedOn: '2008-09-15' },
};

export const rejected: CommitmentEvent = {
  type: 'CommitmentRejected',
  schemaVersion: 1,
  data: {
    ...about,
    decision: reference('reject_commitment'),
    decidedOn: '2008-09-15',
    reason: 'duplicates the college’s programme',
  },
};

export const delivered: CommitmentEvent = {
  type: 'CommitmentDelivered',
  schemaVersion: 1,
  data: {
    ...about,
    deliveredOn: '2010-11-30',
    note: 'All three hubs open',
    evidenceUrl: 'https://example.org/hubs-opened',
  },
};

export const withdrawn: CommitmentEvent = {
  type: 'CommitmentWithdrawn',
  schemaVersion: 1,
  data: { ...about, partnerId: 'council', reason: 'budget cut' },
};

export const lapsed: CommitmentEvent = {
  type: 'CommitmentLapsed',
  schemaVersion: 1,
  data: { ...about, dueDate: '2011-03-31', lapsedOn: '2011-04-01' },
};

export const flagged = (partnerId: string): CommitmentEvent => ({
  type: 'CommitmentFlaggedForBoard',
  schemaVersion: 1,
  data: { ...about, partnerId, reason: 'partner withdrew from the partnership' },
});

/** Decides the command on the state the events build, as a handler would. */
export function decideAfter(
  events: readonly CommitmentEvent[],
  command: CommitmentCommand,
  context?: CommitmentContext,
) {
  return commitmentDecider.decide(command, replay(commitmentDecider, events), context);
}

/** The RuleViolation a decision throws, so a test can check its rule and field together. */
export function refusalOf(decide: () => unknown): RuleViolation {
  try {
    decide();
  } catch (error) {
    if (error instanceof RuleViolation) return error;
    throw error;
  }
  throw new Error('the command was not refused');
}
