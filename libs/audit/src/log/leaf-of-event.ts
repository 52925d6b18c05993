import type { StoredEvent } from '@concordat/event-store';
import { hashLeaf } from '@concordat/integrity';

const HASH_HEX = /^[0-9a-f]{64}$/;

/**
 * An event's leaf in the Merkle tree over the global log: the 32 bytes of its stream-chain hash,
 * which already covers everything the event says and its place in its stream, so the tree adds
 * the one thing the chains leave out, the global order. A stored hash that is not hex at all (it
 * has been tampered with) is hashed as the text it is: 64 bytes, never the leaf of a real hash.
 */
export function leafOfEvent(event: Pick<StoredEvent, 'hash'>): string {
  return leafBytesOfEvent(event).toString('hex');
}

/** `leafOfEvent` as its 32 bytes, for a tree grown event by event. */
export function leafBytesOfEvent(event: Pick<StoredEvent, 'hash'>): Buffer {
  const bytes = HASH_HEX.test(event.hash)
    ? Buffer.from(event.hash, 'hex')
    : Buffer.from(event.hash, 'utf8');
  return hashLeaf(bytes);
}
