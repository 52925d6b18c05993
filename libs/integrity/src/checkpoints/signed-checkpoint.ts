import { createPublicKey } from 'node:crypto';
import { signBytes, type SignatureVerdict, verifyBytes } from '../signing/signed-bytes';
import {
  type Checkpoint,
  checkpointBytes,
  checkpointFieldProblem,
  type SignedCheckpoint,
} from './checkpoint';
import { keyIdOfPublicKey, loadPrivateKey, loadPublicKey } from './signing-keys';

/** Signs a checkpoint with an Ed25519 private key; the key id is that of its public half. */
export function signCheckpoint(
  content: Omit<Checkpoint, 'keyId'>,
  privateKeyPem: string,
): SignedCheckpoint {
  const privateKey = loadPrivateKey(privateKeyPem);
  const checkpoint: Checkpoint = {
    treeSize: content.treeSize,
    rootHash: content.rootHash,
    issuedAt: content.issuedAt,
    keyId: keyIdOfPublicKey(createPublicKey(privateKey)),
  };
  const problem = checkpointFieldProblem(checkpoint);
  if (problem !== undefined) throw new TypeError(`cannot sign a checkpoint: ${problem}`);
  return { ...checkpoint, signature: signBytes(checkpointBytes(checkpoint), privateKey) };
}

export type CheckpointVerdict = SignatureVerdict;

/**
 * Checks a checkpoint against the public key it should have been signed with. Never throws for a
 * bad checkpoint, only for a key that is not an Ed25519 public key (a configuration error).
 */
export function verifyCheckpoint(
  checkpoint: SignedCheckpoint,
  publicKeyPem: string,
): CheckpointVerdict {
  const publicKey = loadPublicKey(publicKeyPem);
  const problem = checkpointFieldProblem(checkpoint);
  if (problem !== undefined) return { valid: false, reason: problem };
  return verifyBytes(checkpointBytes(checkpoint), checkpoint, publicKey, 'the checkpoint');
}
