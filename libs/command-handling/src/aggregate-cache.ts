import type { DomainEvent, PersonalDataCatalogue, Upcaster } from '@concordat/shared-kernel';
import type { EventStore } from '@concordat/event-store';
import {
  foldOnto,
  loadedFrom,
  unfolded,
  type AggregateFold,
  type FoldedStream,
  type LoadedAggregate,
} from './stream-fold';

/** Whichever bound is reached first evicts the least recently loaded streams. */
export interface AggregateCacheOptions {
  /** How many streams' states it keeps at most. */
  readonly streams?: number;
  /**
   * How many events the kept streams may hold between them, since a state and its record of
   * handled commands grow with its stream. A stream longer than this is never kept.
   */
  readonly events?: number;
  /** Event types holding personal data: a stream with any of them is never kept. */
  readonly personalData?: PersonalDataCatalogue;
}

export const DEFAULT_AGGREGATE_CACHE_BOUNDS = { streams: 2_000, events: 50_000 } as const;

type Entry = FoldedStream<unknown>;

/**
 * Streams' folded states as last loaded, so that a load reads and folds only the events appended
 * since, not the whole stream again. The tail is always read, so a state is never stale, however
 * many processes write: the cache only saves the replay. It lives in this process only.
 *
 * States are shared by every load that finds them, which is safe because a decider's `evolve`
 * returns a new state and never changes the one it is given.
 *
 * A stream whose events hold personal data is never kept: an erasure must take the data out of
 * memory at once, not when the stream happens to be evicted.
 *
 * A Map keeps insertion order, which serves as the recency order (a used entry is re-inserted).
 */
export class AggregateCache {
  private readonly entries = new Map<string, Entry>();
  private readonly personalTypes: ReadonlySet<string>;
  /** Numbers deciders and upcasters by identity, so two folds of one stream never share state. */
  private readonly identities = new WeakMap<object, number>();
  private nextIdentity = 0;
  private eventsKept = 0;

  private readonly maxStreams: number;
  private readonly maxEvents: number;

  constructor(options: AggregateCacheOptions = {}) {
    this.maxStreams = options.streams ?? DEFAULT_AGGREGATE_CACHE_BOUNDS.streams;
    this.maxEvents = options.events ?? DEFAULT_AGGREGATE_CACHE_BOUNDS.events;
    if (![this.maxStreams, this.maxEvents].every((bound) => Number.isInteger(bound) && bound > 0)) {
      throw new RangeError('an aggregate cache holds at least one stream of one event');
    }
    const { fields = [], erasures = [] } = options.personalData ?? {};
    this.personalTypes = new Set([...fields, ...erasures].map(({ type }) => type));
  }

  get size(): number {
    return this.entries.size;
  }

  /** As `loadAggregate` gives it, reading only what was appended since the last load. */
  async load<State, TEvent extends DomainEvent>(
    store: EventStore,
    decider: AggregateFold<State, TEvent>,
    streamId: string,
    upcasters: readonly Upcaster[] = [],
  ): Promise<LoadedAggregate<State>> {
    const key = this.keyOf(decider, upcasters, streamId);
    const cached = this.take(key) as FoldedStream<State> | undefined;
    const foldedUpTo = cached?.revision ?? null;
    const tail = store.readStream(streamId, {
      direction: 'forwards',
      ...(foldedUpTo === null ? {} : { fromRevision: foldedUpTo + 1n }),
    });
    let holdsPersonalData = false;
    const folded = await foldOnto(
      cached ?? unfolded(decider, streamId),
      tail,
      decider,
      upcasters,
      (stored) => {
        holdsPersonalData ||= this.personalTypes.has(stored.type);
      },
    );
    if (holdsPersonalData) this.drop(key);
    else this.keep(key, folded);
    return loadedFrom(folded);
  }

  private take(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** A concurrent load may have kept a later revision meanwhile; the later one stays. */
  private keep(key: string, entry: Entry): void {
    const kept = this.entries.get(key);
    if (entry.revision === null || (kept?.revision ?? -1n) >= entry.revision) return;
    this.drop(key);
    this.entries.set(key, entry);
    this.eventsKept += eventsIn(entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxStreams && this.eventsKept <= this.maxEvents) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.eventsKept -= eventsIn(entry);
  }

  private keyOf(decider: object, upcasters: readonly Upcaster[], streamId: string): string {
    const fold = [decider, ...upcasters].map((part) => this.identityOf(part)).join(',');
    return `${fold}\u0000${streamId}`;
  }

  private identityOf(part: object): number {
    let identity = this.identities.get(part);
    if (identity === undefined) {
      identity = this.nextIdentity++;
      this.identities.set(part, identity);
    }
    return identity;
  }
}

const eventsIn = ({ revision }: Entry) => (revision === null ? 0 : Number(revision) + 1);
