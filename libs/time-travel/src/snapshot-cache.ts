import type { StreamSnapshot } from './stream-fold';

interface Entry {
  readonly stream: string;
  readonly snapshot: StreamSnapshot<unknown>;
}

/**
 * Folded states of streams at some of their revisions, least recently used evicted first, so
 * that asking a long stream for one point after another folds only the events since the nearest
 * snapshot at or before it, not the whole stream again. Streams are append-only, so a snapshot
 * never goes stale; it lives in this process only, and a restart simply folds again.
 *
 * A Map keeps insertion order, which serves as the recency order (a used entry is re-inserted);
 * beside it, each stream's cached revisions in ascending order find the nearest one.
 */
export class SnapshotCache {
  private readonly entries = new Map<string, Entry>();
  private readonly revisionsOf = new Map<string, bigint[]>();

  constructor(readonly capacity = 1_000) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError('a snapshot cache holds at least one snapshot');
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached snapshot of the stream with the highest revision at or before `revision`. */
  nearest<State>(stream: string, revision: bigint): StreamSnapshot<State> | undefined {
    const found = this.revisionsOf.get(stream)?.findLast((cached) => cached <= revision);
    if (found === undefined) return undefined;
    const key = keyOf(stream, found);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.snapshot as StreamSnapshot<State>;
  }

  remember<State>(stream: string, snapshot: StreamSnapshot<State>): void {
    const key = keyOf(stream, snapshot.revision);
    const known = this.entries.delete(key);
    this.entries.set(key, { stream, snapshot });
    if (known) return;
    const revisions = this.revisionsOf.get(stream) ?? [];
    const after = revisions.findIndex((cached) => cached > snapshot.revision);
    revisions.splice(after === -1 ? revisions.length : after, 0, snapshot.revision);
    this.revisionsOf.set(stream, revisions);
    for (const [oldest, { stream: of, snapshot: evicted }] of this.entries) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
      const left = (this.revisionsOf.get(of) ?? []).filter((r) => r !== evicted.revision);
      if (left.length === 0) this.revisionsOf.delete(of);
      else this.revisionsOf.set(of, left);
    }
  }
}

const keyOf = (stream: string, revision: bigint) => `${revision}\u0000${stream}`;
