export { type CheckpointStore, type StoredCheckpoint } from './checkpoints/checkpoint-store';
export { SqlCheckpointStore } from './checkpoints/sql-checkpoint-store';
export { CheckpointRefused } from './checkpoints/checkpoint-refused';
export {
  issueCheckpoint,
  type CheckpointRequest,
  type IssuedCheckpoint,
} from './checkpoints/issue-checkpoint';
export { readLogToHead } from './log/read-log-to-head';
export {
  verifyLog,
  type LogVerification,
  type LogVerificationRequest,
} from './verification/verify-log';
export { describeProblem, type IntegrityProblem } from './verification/integrity-problem';
export { leafOfEvent } from './log/leaf-of-event';
export { ProvableLog } from './proofs/provable-log';
export { ProofSource } from './proofs/proof-source';
export { EventNotCovered, LogDiffersFromCheckpoint } from './proofs/proof-refusals';
export {
  publishedCheckpoint,
  type PublishedCheckpoint,
  type PublishedConsistencyProof,
  type PublishedInclusionProof,
} from './proofs/published-proof';
export { checkPublishedProof, type ProofCheck } from './proofs/check-published-proof';
export {
  BUNDLE_FILES,
  EVIDENCE_FORMAT,
  type BundleFileName,
  type EvidenceBundle,
  type EvidenceEvent,
  type EvidenceManifest,
  type EvidenceProof,
} from './evidence/evidence-bundle';
export {
  exportEvidence,
  type EvidenceExport,
  type EvidenceExportRequest,
} from './evidence/export-evidence';
export { EvidenceExportRefused } from './evidence/evidence-export-refused';
export { type EvidenceBundleFiles } from './evidence/read-evidence-bundle';
export {
  verifyEvidenceBundle,
  type EvidenceVerification,
  type EvidenceVerificationOptions,
} from './evidence/verify-evidence-bundle';
export { describeEvidenceProblem, type EvidenceProblem } from './evidence/evidence-problem';
export { signManifest } from './evidence/manifest-signature';
