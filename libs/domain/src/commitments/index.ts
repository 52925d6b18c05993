export type {
  AccountableOfficer,
  CommitmentParty,
  CommitmentProgressStatus,
  CommitmentReportingPeriod,
  CommitmentResources,
  CommitmentTerms,
  RevisableCommitmentTerm,
} from './commitment.terms';
export {
  COMMITMENT_PROGRESS_STATUSES,
  isCommitmentProgressStatus,
  REVISABLE_COMMITMENT_TERMS,
} from './commitment.terms';
export * from './commitment.events';
export * from './commitment.commands';
export * from './commitment.context';
export * from './commitment.state';
export { CommitmentRule, FLAG_CLEARING_DECISION_KINDS } from './commitment.rules';
export * from './commitment.decider';
export * from './commitment.upcasters';
