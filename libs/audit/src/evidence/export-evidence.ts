import type { EventStore } from '@concordat/event-store';
import { MerkleTreeLevels, publicKeyPemOf, verifyCheckpoint } from '@concordat/integrity';
import type { CheckpointStore, StoredCheckpoint } from '../checkpoints/checkpoint-store';
import { leafOfEvent } from '../log/leaf-of-event';
import { readLogToHead } from '../log/read-log-to-head';
import { compareBigInt } from '../verification/compare-bigint';
import type { EvidenceBundle } from './evidence-bundle';
import { EvidenceExportRefused } from './evidence-export-refused';
import { PartnershipStreams } from './partnership-streams';
import { type PlacedEvent, writeEvidenceBundle } from './write-evidence-bundle';

export interface EvidenceExportRequest {
  readonly events: EventStore;
  readonly checkpoints: CheckpointStore;
  /**
   * The key that signs checkpoints: the latest must be its signature, it signs the manifest, and
   * the bundle carries its public half.
   */
  readonly privateKeyPem: string;
  readonly partnershipId: string;
  /** When the bundle is made; the caller reads the clock. */
  readonly createdAt: string;
  readonly toolVersion: string;
  readonly onProgress?: (eventsRead: number) => void;
}

export interface EvidenceExport {
  readonly bundle: EvidenceBundle;
  readonly checkpoint: StoredCheckpoint;
  readonly events: number;
  readonly streams: number;
  /** Events of the bundle's streams recorded after the checkpoint, which it cannot prove yet. */
  readonly leftOut: number;
}

/** The log up to the latest checkpoint, as far as the bundle needs it. */
interface SignedLog {
  readonly leaves: readonly string[];
  /** The global position of each leaf's event, ascending. */
  readonly positions: readonly bigint[];
  readonly tree: MerkleTreeLevels;
  readonly streams: PartnershipStreams;
}

/**
 * Makes the evidence bundle of one partnership: its whole streams as far as the latest checkpoint
 * reaches, each event with an inclusion proof against that checkpoint. The log is read once to
 * find the streams and hash the tree, whose root must still be the signed one, and then each of
 * those streams is read on its own. The manifest, which lists each stream's head, is signed with
 * the checkpoint's key.
 */
export async function exportEvidence(request: EvidenceExportRequest): Promise<EvidenceExport> {
  const checkpoint = await latestVerifiedCheckpoint(request);
  const log = await readSignedLog(request, checkpoint);
  const { placed, leftOut } = await placeStreamEvents(request.events, log);
  if (placed.length === 0) {
    throw new EvidenceExportRefused(
      `no event of the log up to the latest checkpoint (tree size ${checkpoint.treeSize}) ` +
        `names partnership ${request.partnershipId}` +
        (leftOut > 0 ? '; run concordat audit checkpoint, then export again' : ''),
    );
  }
  const bundle = writeEvidenceBundle({
    partnershipId: request.partnershipId,
    createdAt: request.createdAt,
    toolVersion: request.toolVersion,
    checkpoint,
    privateKeyPem: request.privateKeyPem,
    tree: log.tree,
    events: placed,
  });
  const streams = new Set(placed.map(({ event }) => event.streamId)).size;
  return { bundle, checkpoint, events: placed.length, streams, leftOut };
}

async function latestVerifiedCheckpoint(request: EvidenceExportRequest): Promise<StoredCheckpoint> {
  const latest = await request.checkpoints.latest();
  if (!latest) {
    throw new EvidenceExportRefused(
      'there is no checkpoint to prove the events against; run concordat audit checkpoint first',
    );
  }
  const verdict = verifyCheckpoint(latest, publicKeyPemOf(request.privateKeyPem));
  if (!verdict.valid) {
    throw new EvidenceExportRefused(
      `the latest checkpoint (tree size ${latest.treeSize}) does not verify with the key in ` +
        `CONCORDAT_SIGNING_KEY_FILE: ${verdict.reason}; run concordat audit verify`,
    );
  }
  return latest;
}

async function readSignedLog(
  request: EvidenceExportRequest,
  checkpoint: StoredCheckpoint,
): Promise<SignedLog> {
  const size = Number(checkpoint.treeSize);
  const streams = new PartnershipStreams(request.partnershipId);
  const leaves: string[] = [];
  const positions: bigint[] = [];
  let read = 0;
  for await (const event of readLogToHead(request.events)) {
    if (leaves.length < size) {
      leaves.push(leafOfEvent(event));
      positions.push(event.globalPosition);
    }
    // Events after the checkpoint count too: a stream they name is exported as far as it is signed.
    streams.observe(event);
    request.onProgress?.((read += 1));
  }
  if (leaves.length < size) {
    throw new EvidenceExportRefused(
      `the log holds ${leaves.length} events, fewer than the ${size} the latest checkpoint ` +
        'signed; run concordat audit verify',
    );
  }
  const tree = new MerkleTreeLevels(leaves, BigInt(size));
  if (tree.rootHash() !== checkpoint.rootHash) {
    throw new EvidenceExportRefused(
      `the log's first ${size} events no longer have the root the latest checkpoint signed; ` +
        'run concordat audit verify',
    );
  }
  return { leaves, positions, tree, streams };
}

/** Every event of the partnership's streams that the tree holds, with its leaf, in log order. */
async function placeStreamEvents(
  store: EventStore,
  log: SignedLog,
): Promise<{ placed: PlacedEvent[]; leftOut: number }> {
  const lastSigned = log.positions.at(-1) ?? -1n;
  const placed: PlacedEvent[] = [];
  let leftOut = 0;
  for (const streamId of log.streams.streamIds) {
    for await (const event of store.readStream(streamId)) {
      const index = indexOfPosition(log.positions, event.globalPosition);
      const at = `stream ${streamId} revision ${event.streamRevision} at position ${event.globalPosition}`;
      if (index === undefined && event.globalPosition > lastSigned) {
        leftOut += 1;
      } else if (index === undefined || log.leaves[index] !== leafOfEvent(event)) {
        throw new EvidenceExportRefused(
          `${at} is not the event the log held there when it was read; run concordat audit verify`,
        );
      } else {
        placed.push({ event, leafIndex: BigInt(index) });
      }
    }
  }
  placed.sort((a, b) => compareBigInt(a.leafIndex, b.leafIndex));
  return { placed, leftOut };
}

/** Binary search: where a position is among the ascending positions of the tree's leaves. */
function indexOfPosition(positions: readonly bigint[], position: bigint): number | undefined {
  let low = 0;
  let high = positions.length - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const found = positions[middle]!;
    if (found === position) return middle;
    if (found < position) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}
