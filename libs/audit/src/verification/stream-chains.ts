import { GENESIS_HASH, sha256Hex, type StoredEvent } from '@concordat/event-store';
import { fieldsMatchCanonical } from './fields-match-canonical';

/** A break in one stream's chain, before it is placed against the checkpoints. */
export interface ChainBreak {
  readonly streamId: string;
  readonly streamRevision: bigint;
  readonly globalPosition: bigint;
  readonly reason: string;
  /** The lowest position the event can have had: its own, or just after a missing one's predecessor. */
  readonly earliestPosition: bigint;
}

/** Revisions a stream skipped, waiting either to turn up later in the log or to be reported missing. */
interface Gap {
  readonly from: bigint;
  readonly to: bigint;
  /** The stream's event the log showed before the gap, if any. */
  readonly previous: PlaceInLog | undefined;
  /** The stream's event the log showed after it. */
  readonly follower: PlaceInLog;
}

interface PlaceInLog {
  readonly revision: bigint;
  readonly position: bigint;
}

interface StreamState {
  nextRevision: bigint;
  lastHash: string;
  lastPosition: bigint | undefined;
  gaps: Gap[];
}

/**
 * Every stream's hash chain, checked in one pass over the global log: a stream's events appear in
 * the log in revision order, so each stream needs only its next revision and last hash, never a
 * read of its own. A revision that is skipped and turns up later is reported once, as out of
 * order; one that never turns up, as missing.
 */
export class StreamChains {
  private readonly streams = new Map<string, StreamState>();

  get streamCount(): number {
    return this.streams.size;
  }

  /** Checks the next event of the log. */
  check(event: StoredEvent): ChainBreak[] {
    // Built only for a break: nearly every event has none.
    const at = () => `at position ${event.globalPosition}`;
    const reasons = sealBreaks(event).map((reason) => `${reason} ${at()}`);
    const state = this.stateOf(event.streamId);
    const revision = event.streamRevision;
    let earliestPosition = event.globalPosition;
    if (revision === state.nextRevision) {
      if (event.previousHash !== state.lastHash) {
        const predecessor =
          revision === 0n ? 'the genesis hash' : `the hash of revision ${revision - 1n}`;
        reasons.push(`previous hash is not ${predecessor} ${at()}`);
      }
      advance(state, event);
    } else if (revision > state.nextRevision) {
      state.gaps.push({
        from: state.nextRevision,
        to: revision - 1n,
        previous:
          state.lastPosition === undefined
            ? undefined
            : { revision: state.nextRevision - 1n, position: state.lastPosition },
        follower: { revision, position: event.globalPosition },
      });
      advance(state, event);
    } else {
      // A revision the stream skipped belongs where the gap was; one it had already, nowhere.
      const gap = takeFromGaps(state, revision);
      if (gap) earliestPosition = earliestPositionIn(gap);
      const late = gap ? 'out of order' : 'repeated';
      reasons.push(
        `${late} ${at()}, after revision ${state.nextRevision - 1n} at position ${state.lastPosition}`,
      );
    }
    return reasons.map((reason) => ({
      streamId: event.streamId,
      streamRevision: revision,
      globalPosition: event.globalPosition,
      reason,
      earliestPosition,
    }));
  }

  /** The revisions that never turned up, once the whole log has been checked. */
  missing(): ChainBreak[] {
    return [...this.streams.entries()].flatMap(([streamId, state]) =>
      state.gaps.map((gap) => {
        const what =
          gap.to > gap.from ? `missing, as are the revisions up to ${gap.to}` : 'missing';
        const previous = gap.previous
          ? `revision ${gap.previous.revision} at position ${gap.previous.position}`
          : 'the start of the stream';
        return {
          streamId,
          streamRevision: gap.from,
          globalPosition: gap.follower.position,
          reason:
            `${what}: revision ${gap.follower.revision} at position ` +
            `${gap.follower.position} follows ${previous}`,
          earliestPosition: earliestPositionIn(gap),
        };
      }),
    );
  }

  private stateOf(streamId: string): StreamState {
    let state = this.streams.get(streamId);
    if (!state) {
      state = { nextRevision: 0n, lastHash: GENESIS_HASH, lastPosition: undefined, gaps: [] };
      this.streams.set(streamId, state);
    }
    return state;
  }
}

/** What the event's own hash says about its text, whatever its place. */
function sealBreaks(event: StoredEvent): string[] {
  const breaks: string[] = [];
  if (sha256Hex(event.canonical) !== event.hash) {
    breaks.push('hash does not match its canonical text');
  }
  if (!fieldsMatchCanonical(event)) {
    breaks.push('stored fields differ from the text that was hashed');
  }
  return breaks;
}

function advance(state: StreamState, event: StoredEvent): void {
  state.nextRevision = event.streamRevision + 1n;
  state.lastHash = event.hash;
  state.lastPosition = event.globalPosition;
}

/** Takes a revision out of the gap that holds it; undefined when none does (it was seen before). */
function takeFromGaps(state: StreamState, revision: bigint): Gap | undefined {
  const index = state.gaps.findIndex((gap) => gap.from <= revision && revision <= gap.to);
  const gap = state.gaps[index];
  if (!gap) return undefined;
  const rest: Gap[] = [];
  if (gap.from < revision) rest.push({ ...gap, to: revision - 1n });
  if (revision < gap.to) rest.push({ ...gap, from: revision + 1n });
  state.gaps.splice(index, 1, ...rest);
  return gap;
}

/** Where an event that belongs in the gap can have been: just after the event before the gap. */
function earliestPositionIn(gap: Gap): bigint {
  return (gap.previous?.position ?? -1n) + 1n;
}
