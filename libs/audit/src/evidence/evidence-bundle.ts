import type { EventMetadata, StoredEvent } from '@concordat/event-store';
import type { SignedCheckpoint } from '@concordat/integrity';
import type { JsonObject } from '@concordat/shared-kernel';

/** Names the layout below; a verifier refuses a bundle of a format it does not know. */
export const EVIDENCE_FORMAT = 'concordat-evidence-bundle/1';

export const BUNDLE_FILES = {
  manifest: 'manifest.json',
  events: 'events.jsonl',
  checkpoints: 'checkpoints.json',
  proofs: 'proofs.json',
  publicKey: 'public-key.pem',
} as const;

export type BundleFileName = (typeof BUNDLE_FILES)[keyof typeof BUNDLE_FILES];

/** The files the manifest lists by SHA-256: every one but itself. */
export const HASHED_FILES = [
  BUNDLE_FILES.events,
  BUNDLE_FILES.checkpoints,
  BUNDLE_FILES.proofs,
  BUNDLE_FILES.publicKey,
] as const;

/** An evidence bundle as text, file by file. */
export type EvidenceBundle = Readonly<Record<BundleFileName, string>>;

/**
 * One line of events.jsonl: an event with everything needed to check it again. Integers that can
 * outgrow a JavaScript number are decimal text, as in the hashed text and the checkpoints.
 */
export interface EvidenceEvent {
  /** Where the event's leaf is in the Merkle tree over the global log: its place in the log. */
  readonly leafIndex: string;
  readonly globalPosition: string;
  readonly streamId: string;
  readonly streamRevision: string;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** The same as metadata.occurredAt, repeated for the reader. */
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
  readonly previousHash: string;
  readonly hash: string;
  /** The exact text whose SHA-256 is `hash`. */
  readonly canonical: string;
}

/** One element of proofs.json: an RFC 9162 inclusion proof of an event's leaf. */
export interface EvidenceProof {
  readonly leafIndex: string;
  readonly streamId: string;
  readonly streamRevision: string;
  /** The size of the tree, and so the checkpoint, the proof leads to the root of. */
  readonly treeSize: string;
  readonly auditPath: readonly string[];
}

/**
 * Names what a manifest signature vouches for, in the bytes it covers: the checkpoint key signs
 * manifests too, and the label keeps either signature from passing for the other.
 */
export const MANIFEST_SIGNATURE_LABEL = 'concordat-evidence-manifest-v1';

/** A stream of the bundle, which holds it from revision 0 to its head. */
export interface EvidenceStreamHead {
  readonly streamId: string;
  readonly lastRevision: string;
  /** The hash of the event at lastRevision. */
  readonly lastHash: string;
}

/**
 * The bundle's table of contents, signed by the checkpoint's key: what it says about the
 * checkpoint is checked against checkpoints.json, the files against their hashes, and the events
 * against the stream heads, so that no event, stream or file can be taken away or added unseen.
 */
export interface EvidenceManifest {
  readonly format: string;
  readonly partnershipId: string;
  readonly createdAt: string;
  readonly toolVersion: string;
  readonly events: number;
  /** In the order of their first events in the log. */
  readonly streams: readonly EvidenceStreamHead[];
  readonly treeSize: string;
  readonly rootHash: string;
  readonly keyId: string;
  readonly sha256: Readonly<Record<string, string>>;
  /**
   * Ed25519, by key keyId, over MANIFEST_SIGNATURE_LABEL, a newline and the canonical JSON of
   * every other field (labelledBytes in @concordat/integrity), lowercase hex.
   */
  readonly signature: string;
}

export type UnsignedEvidenceManifest = Omit<EvidenceManifest, 'signature'>;

/** The signed fields and the signature, without anything a store keeps beside them. */
export function asSigned(checkpoint: SignedCheckpoint): SignedCheckpoint {
  const { treeSize, rootHash, issuedAt, keyId, signature } = checkpoint;
  return { treeSize, rootHash, issuedAt, keyId, signature };
}

export function evidenceEventOf(event: StoredEvent, leafIndex: bigint): EvidenceEvent {
  return {
    leafIndex: leafIndex.toString(),
    globalPosition: event.globalPosition.toString(),
    streamId: event.streamId,
    streamRevision: event.streamRevision.toString(),
    eventId: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    occurredAt: event.metadata.occurredAt,
    recordedAt: event.recordedAt,
    data: event.data,
    metadata: event.metadata,
    previousHash: event.previousHash,
    hash: event.hash,
    canonical: event.canonical,
  };
}

/** The event as the store held it, so that the store's own chain check can read it. */
export function storedEventOf(line: EvidenceEvent): StoredEvent {
  return {
    id: line.eventId,
    type: line.type,
    schemaVersion: line.schemaVersion,
    data: line.data,
    metadata: line.metadata,
    streamId: line.streamId,
    streamRevision: BigInt(line.streamRevision),
    globalPosition: BigInt(line.globalPosition),
    recordedAt: line.recordedAt,
    previousHash: line.previousHash,
    hash: line.hash,
    canonical: line.canonical,
  };
}
