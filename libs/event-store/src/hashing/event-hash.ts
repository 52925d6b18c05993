import { hash } from 'node:crypto';
import { canonicalJson } from '@concordat/shared-kernel';
import type { NewEvent } from '../port/events';

/** The previous hash of every stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Everything about an event that its hash vouches for. */
export interface HashedEvent {
  readonly event: NewEvent;
  readonly streamId: string;
  readonly streamRevision: bigint;
  readonly recordedAt: string;
  readonly previousHash: string;
}

export interface SealedEvent {
  readonly canonical: string;
  readonly hash: string;
}

/**
 * Seals an event into its stream's hash chain. The global position is left out on purpose: it is
 * not known to every adapter before the write, and the global order is proven separately.
 */
export function sealEvent(input: HashedEvent): SealedEvent {
  const canonical = canonicalJson({
    data: input.event.data,
    eventId: input.event.id,
    metadata: input.event.metadata,
    previousHash: input.previousHash,
    recordedAt: input.recordedAt,
    schemaVersion: input.event.schemaVersion,
    streamId: input.streamId,
    streamRevision: input.streamRevision.toString(),
    type: input.event.type,
  });
  return { canonical, hash: sha256Hex(canonical) };
}

export function sha256Hex(text: string): string {
  // The one-shot form: about half the cost of a Hash object for a text of an event's size.
  return hash('sha256', text, 'hex');
}
