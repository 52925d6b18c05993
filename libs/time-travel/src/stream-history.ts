import type { EventStore, StoredEvent } from '@concordat/event-store';
import type { AsOf } from './as-of';
import { SnapshotCache } from './snapshot-cache';
import { foldEvent, type StreamFold, type StreamSnapshot } from './stream-fold';

/**
 * While folding, a snapshot is kept every this many revisions, so that a later question about an
 * earlier point of a long stream reads and folds at most this many events.
 */
export const SNAPSHOT_EVERY = 100n;

/** One event of a stream with the state before it (null before the first) and after it. */
export interface FoldStep<State> {
  readonly stored: StoredEvent;
  readonly before: StreamSnapshot<State> | null;
  readonly after: StreamSnapshot<State>;
}

/**
 * A stream's past, computed from its events, never from the read models: the state at an instant
 * or a revision is the stream's events up to it, folded by the aggregate's own fold. Only the
 * events after the nearest cached snapshot are read.
 */
export class StreamHistory {
  constructor(
    private readonly store: EventStore,
    private readonly snapshots = new SnapshotCache(),
  ) {}

  /** The state at `at`; null when the stream had no event by then, or has no such revision. */
  async snapshotAt<State>(
    fold: StreamFold<State>,
    streamId: string,
    at: AsOf,
  ): Promise<StreamSnapshot<State> | null> {
    const revision = await this.revisionAt(streamId, at);
    if (revision === null) return null;
    const nearest = this.snapshots.nearest<State>(cacheKey(fold, streamId), revision) ?? null;
    let last = nearest;
    for await (const step of this.steps(fold, streamId, nearest, revision)) last = step.after;
    return last?.revision === revision ? last : null;
  }

  /**
   * The revision of the stream's last event at `at`: for an instant, the last one recorded by
   * then (null if none was); for a revision, that revision, whether or not the stream reaches it.
   */
  async revisionAt(streamId: string, at: AsOf): Promise<bigint | null> {
    return 'revision' in at ? at.revision : this.lastRevision(streamId, at.instant);
  }

  /** The revision of the stream's last event, or of the last one recorded by an instant. */
  async lastRevision(streamId: string, recordedUpTo?: string): Promise<bigint | null> {
    const latest = this.store.readStream(streamId, {
      direction: 'backwards',
      maxCount: 1,
      recordedUpTo,
    });
    for await (const stored of latest) return stored.streamRevision;
    return null;
  }

  /**
   * Each event after `from` (from the first without it) up to revision `to`, with the states
   * either side of it; fewer when the stream ends before `to`. Keeps a snapshot every
   * SNAPSHOT_EVERY revisions and at `to`.
   */
  async *steps<State>(
    fold: StreamFold<State>,
    streamId: string,
    from: StreamSnapshot<State> | null,
    to: bigint,
  ): AsyncIterable<FoldStep<State>> {
    const start = from === null ? 0n : from.revision + 1n;
    if (start > to) return;
    const key = cacheKey(fold, streamId);
    let before = from;
    for await (const stored of this.store.readStream(streamId, {
      fromRevision: start,
      toRevision: to,
    })) {
      const after = foldEvent(fold, before, stored);
      const due = stored.streamRevision % SNAPSHOT_EVERY === 0n || stored.streamRevision === to;
      if (due && fold.holdsPersonalData !== true) {
        this.snapshots.remember(key, after);
      }
      yield { stored, before, after };
      before = after;
    }
  }
}

/** Two folds of one stream (none today) would keep their snapshots apart. */
const cacheKey = ({ name }: { name: string }, streamId: string) => `${name}:${streamId}`;
