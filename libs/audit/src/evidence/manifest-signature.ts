import { signLabelled, verifyLabelled } from '@concordat/integrity';
import {
  BUNDLE_FILES,
  type EvidenceManifest,
  MANIFEST_SIGNATURE_LABEL,
  type UnsignedEvidenceManifest,
} from './evidence-bundle';
import type { EvidenceProblem } from './evidence-problem';

/** Signs a manifest with the key of the checkpoint it names, which is the caller's to see to. */
export function signManifest(
  manifest: UnsignedEvidenceManifest,
  privateKeyPem: string,
): EvidenceManifest {
  const { signature } = signLabelled(MANIFEST_SIGNATURE_LABEL, manifest, privateKeyPem);
  return { ...manifest, signature };
}

/** Nothing, or why the manifest is not what the key signed: it was changed, or forged. */
export function manifestSignatureProblems(
  manifest: EvidenceManifest,
  publicKeyPem: string,
): EvidenceProblem[] {
  const { signature, ...signed } = manifest;
  const verdict = verifyLabelled(
    MANIFEST_SIGNATURE_LABEL,
    signed,
    { keyId: manifest.keyId, signature },
    publicKeyPem,
    'the manifest',
  );
  return verdict.valid ? [] : [{ file: BUNDLE_FILES.manifest, reason: verdict.reason }];
}
