import type { AppendResult, NewEvent, StoredEvent } from './events';
import type { ExpectedRevision } from './expected-revision';

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the first event going forwards, the last going backwards. */
  readonly fromRevision?: bigint;
  /** Inclusive bound in the direction of reading. */
  readonly toRevision?: bigint;
  /** Only events the store recorded at or before this instant (ISO-8601). */
  readonly recordedUpTo?: string;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this global position. Omit to read from the beginning. */
  readonly after?: bigint;
  readonly maxCount?: number;
}

export interface SubscribeOptions {
  /** Exclusive checkpoint: delivery starts with the first event after it. */
  readonly after?: bigint;
  readonly signal?: AbortSignal;
}

/**
 * The one port every event store adapter implements. The conformance suite in ../testing states
 * what each promise means, and runs against every adapter.
 */
export interface EventStore {
  /** Appends atomically: all of the events or none. */
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision?: ExpectedRevision,
  ): Promise<AppendResult>;

  /** Reads one stream in revision order, page by page. */
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent>;

  /**
   * One page of the global log in the order subscribers receive it. Never returns an event while
   * an event with a lower position may still commit, so a reader that remembers the last position
   * it saw cannot skip anything.
   */
  readAll(options?: ReadAllOptions): Promise<readonly StoredEvent[]>;

  /** Catches up from the checkpoint, then delivers new events live, until the signal aborts. */
  subscribeToAll(options?: SubscribeOptions): AsyncIterable<StoredEvent>;

  /**
   * The position of the last event committed so far, or null when the log is empty. It may not
   * be readable yet (an older transaction can still be open): it is the mark a reader that wants
   * "everything written until now" must reach.
   */
  headPosition(): Promise<bigint | null>;

  /** Resolves when the store answers a trivial request; rejects when it cannot be reached. */
  ping(): Promise<void>;

  close(): Promise<void>;
}
