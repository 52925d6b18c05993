import { sha256Hex, type StoredEvent } from '@concordat/event-store';
import { type MerkleTreeLevels, publicKeyPemOf, type SignedCheckpoint } from '@concordat/integrity';
import {
  asSigned,
  BUNDLE_FILES,
  EVIDENCE_FORMAT,
  type EvidenceBundle,
  evidenceEventOf,
  type EvidenceProof,
  type EvidenceStreamHead,
  HASHED_FILES,
} from './evidence-bundle';
import { signManifest } from './manifest-signature';

/** An event of the bundle and where its leaf is in the tree. */
export interface PlacedEvent {
  readonly event: StoredEvent;
  readonly leafIndex: bigint;
}

export interface EvidenceContent {
  readonly partnershipId: string;
  readonly createdAt: string;
  readonly toolVersion: string;
  readonly checkpoint: SignedCheckpoint;
  /** The key that signed the checkpoint: it signs the manifest, and the bundle carries its public half. */
  readonly privateKeyPem: string;
  /** The tree the checkpoint signed, which answers every proof. */
  readonly tree: MerkleTreeLevels;
  /** In the order of the log, each stream from revision 0. */
  readonly events: readonly PlacedEvent[];
}

/** Lays the evidence out as the bundle's files, the manifest last since it hashes the others. */
export function writeEvidenceBundle(content: EvidenceContent): EvidenceBundle {
  const { checkpoint, events } = content;
  const proofs = events.map(({ event, leafIndex }): EvidenceProof => ({
    leafIndex: leafIndex.toString(),
    streamId: event.streamId,
    streamRevision: event.streamRevision.toString(),
    treeSize: checkpoint.treeSize,
    auditPath: content.tree.inclusionProof(leafIndex),
  }));
  const files = {
    [BUNDLE_FILES.events]: events
      .map(({ event, leafIndex }) => `${JSON.stringify(evidenceEventOf(event, leafIndex))}\n`)
      .join(''),
    [BUNDLE_FILES.checkpoints]: asJsonFile([asSigned(checkpoint)]),
    [BUNDLE_FILES.proofs]: asJsonFile(proofs),
    [BUNDLE_FILES.publicKey]: publicKeyPemOf(content.privateKeyPem),
  };
  const manifest = signManifest(
    {
      format: EVIDENCE_FORMAT,
      partnershipId: content.partnershipId,
      createdAt: content.createdAt,
      toolVersion: content.toolVersion,
      events: events.length,
      streams: streamHeads(events),
      treeSize: checkpoint.treeSize,
      rootHash: checkpoint.rootHash,
      keyId: checkpoint.keyId,
      sha256: Object.fromEntries(HASHED_FILES.map((name) => [name, sha256Hex(files[name])])),
    },
    content.privateKeyPem,
  );
  return { ...files, [BUNDLE_FILES.manifest]: asJsonFile(manifest) };
}

/** Where each stream ends: the last of its events, which come in the order of the log. */
function streamHeads(events: readonly PlacedEvent[]): EvidenceStreamHead[] {
  const heads = new Map<string, EvidenceStreamHead>();
  for (const { event } of events) {
    heads.set(event.streamId, {
      streamId: event.streamId,
      lastRevision: event.streamRevision.toString(),
      lastHash: event.hash,
    });
  }
  return [...heads.values()];
}

function asJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
