import type { StoredEvent } from '../port/events';
import { GENESIS_HASH, sealEvent, sha256Hex } from './event-hash';

export interface ChainBreak {
  readonly streamId: string;
  readonly streamRevision: bigint;
  readonly globalPosition: bigint;
  readonly reason: string;
}

/**
 * Checks one stream's events, in revision order, against their hash chain: each stored canonical
 * text hashes to the stored hash, the fields read back seal to that same text, each event points
 * at its predecessor's hash, and revisions run 0, 1, 2... with nothing missing.
 */
export function* verifyStreamChain(events: Iterable<StoredEvent>): Generator<ChainBreak> {
  let expectedRevision = 0n;
  let previousHash = GENESIS_HASH;
  for (const event of events) {
    const fail = (reason: string): ChainBreak => ({
      streamId: event.streamId,
      streamRevision: event.streamRevision,
      globalPosition: event.globalPosition,
      reason,
    });
    if (event.streamRevision !== expectedRevision) {
      yield fail(`expected revision ${expectedRevision}, found ${event.streamRevision}`);
    }
    if (event.previousHash !== previousHash) yield fail('previous hash does not match the chain');
    if (sha256Hex(event.canonical) !== event.hash)
      yield fail('hash does not match its canonical text');
    const resealed = sealEvent({ event, ...event });
    if (resealed.canonical !== event.canonical) {
      yield fail('stored fields differ from the text that was hashed');
    }
    expectedRevision = event.streamRevision + 1n;
    previousHash = event.hash;
  }
}
