export { EMPTY_TREE_HASH, leafHash, merkleTreeHash } from './merkle/tree-hash';
export { hashLeaf } from './merkle/hashing';
export { MerkleRootBuilder } from './merkle/merkle-root-builder';
export { MerkleTreeLevels } from './merkle/merkle-tree-levels';
export {
  generateInclusionProof,
  verifyInclusion,
  type InclusionClaim,
} from './merkle/inclusion-proof';
export {
  generateConsistencyProof,
  verifyConsistency,
  type ConsistencyClaim,
} from './merkle/consistency-proof';
export { type Checkpoint, type SignedCheckpoint } from './checkpoints/checkpoint';
export { generateSigningKeyPair, keyIdOf, type SigningKeyPair } from './checkpoints/signing-keys';
export { publicKeyPemOf } from './checkpoints/public-key-of';
export {
  signCheckpoint,
  verifyCheckpoint,
  type CheckpointVerdict,
} from './checkpoints/signed-checkpoint';
export { type SignatureClaim, type SignatureVerdict } from './signing/signed-bytes';
export { signLabelled, verifyLabelled } from './signing/labelled-statement';
