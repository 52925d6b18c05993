import type { JsonObject } from '@concordat/shared-kernel';

/** Who did what, why and when, as told by the caller. Every stored event carries it. */
export interface EventMetadata {
  /** The verified identity that caused the event. */
  readonly actor: string;
  /** Ties together everything that one request set in motion. */
  readonly correlationId: string;
  /** The command or event that directly caused this one, if any. */
  readonly causationId: string | null;
  /** The command whose handling produced the event; makes retried commands idempotent. */
  readonly commandId: string | null;
  /** When it happened in the world, as an ISO-8601 instant supplied by the caller. */
  readonly occurredAt: string;
}

/** An event as a writer hands it to the store. */
export interface NewEvent {
  /** A UUID chosen by the writer; re-appending the same id is idempotent. */
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
}

/** An event as the store recorded it. Nothing about it ever changes. */
export interface StoredEvent extends NewEvent {
  readonly streamId: string;
  /** Zero-based, gap-free position within its stream. */
  readonly streamRevision: bigint;
  /** Position in the global log; increases in the order subscribers receive events. */
  readonly globalPosition: bigint;
  /** The store's clock during the append that recorded the event, as an ISO-8601 instant. */
  readonly recordedAt: string;
  /** The hash of the previous event in the same stream (the genesis hash for revision 0). */
  readonly previousHash: string;
  /** SHA-256 (hex) of `canonical`. */
  readonly hash: string;
  /** The exact RFC 8785 text that was hashed. */
  readonly canonical: string;
}

export interface AppendResult {
  /** The revision of the stream's last event after the append. */
  readonly nextExpectedRevision: bigint;
  /** Global positions of the appended events, in order. */
  readonly positions: readonly bigint[];
  /** True when every event was already stored and nothing was written. */
  readonly idempotentReplay: boolean;
}
