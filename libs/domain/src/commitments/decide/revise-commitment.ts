import { canonicalJson, ensure } from '@concordat/shared-kernel';
import type { ReviseCommitment } from '../commitment.commands';
import type { CommitmentContext } from '../commitment.context';
import type { CommitmentRevised } from '../commitment.events';
import { CommitmentRule, ensureDecision, ensureOpen } from '../commitment.rules';
import type { CommitmentState } from '../commitment.state';
import { REVISABLE_COMMITMENT_TERMS, type CommitmentTerms } from '../commitment.terms';
import { validTerms } from './valid-terms';

export function reviseCommitment(
  command: ReviseCommitment,
  state: CommitmentState,
  context: CommitmentContext,
): [CommitmentRevised] {
  const { commitmentId, partnershipId, decision, changes } = command.data;
  const commitment = ensureOpen(state, partnershipId);
  const facts = ensureDecision(
    context?.decision,
    decision,
    ['approve_commitment_revision'],
    commitment,
    CommitmentRule.RevisionNeedsADecisionApprovingIt,
  );
  const current = commitment.terms;
  const terms = validTerms(
    {
      action: changes.action ?? current.action,
      parties: changes.parties ?? current.parties,
      leadPartnerId: changes.leadPartnerId ?? current.leadPartnerId,
      resources: changes.resources ?? current.resources,
      dueDate: changes.dueDate ?? current.dueDate,
      accountableOfficer: changes.accountableOfficer ?? current.accountableOfficer,
    },
    'changes.',
  );
  ensure(
    canonicalJson(partnerIds(terms)) === canonicalJson(partnerIds(current)),
    CommitmentRule.RevisionCannotChangeTheParties,
    'a revision may change the parties’ shares but not who the parties are',
    'changes.parties',
  );
  const changed = REVISABLE_COMMITMENT_TERMS.filter(
    (term) => canonicalJson(terms[term]) !== canonicalJson(current[term]),
  );
  ensure(
    changed.length > 0,
    CommitmentRule.RevisionMustChangeSomething,
    'the revision changes none of the commitment’s terms',
    'changes',
  );
  return [
    {
      type: 'CommitmentRevised',
      schemaVersion: 1,
      data: { commitmentId, partnershipId, decision, decidedOn: facts.decidedOn, changed, terms },
    },
  ];
}

function partnerIds(terms: CommitmentTerms): string[] {
  return terms.parties.map((party) => party.partnerId).sort();
}
