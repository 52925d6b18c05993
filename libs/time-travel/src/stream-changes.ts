import type { DecisionReference } from '@concordat/domain';
import { describeAsOf, type AsOf } from './as-of';
import { diffFields, type FieldChange } from './field-diff';
import { decisionOf, recordedEventOf, type RecordedEvent } from './recorded-event';
import type { StreamFold, StreamSnapshot } from './stream-fold';
import type { StreamHistory } from './stream-history';

/** What one event changed, with who caused it and the decision that authorised it, if any. */
export interface StreamChange<State> {
  readonly event: RecordedEvent;
  readonly decision: DecisionReference | null;
  /** Null before the stream's first event. */
  readonly before: StreamSnapshot<State> | null;
  readonly after: StreamSnapshot<State>;
  readonly fields: readonly FieldChange[];
}

/** Every change after one point of a stream up to another, event by event. */
export interface StreamChanges<State> {
  /** Null when the first point is before the stream began: the changes start from nothing. */
  readonly from: StreamSnapshot<State> | null;
  readonly to: StreamSnapshot<State>;
  readonly changes: readonly StreamChange<State>[];
}

/** Asked for the changes from a later point to an earlier one. */
export class ChangesOutOfOrder extends Error {
  constructor(from: AsOf, to: AsOf) {
    super(`the first point (${describeAsOf(from)}) is after the second (${describeAsOf(to)})`);
    this.name = 'ChangesOutOfOrder';
  }
}

/**
 * What each event after `from` up to `to` changed, field by field: the event at `from` itself is
 * where the comparison starts, not a change. Null when the stream had no event at `to`, or has no
 * such revision; throws ChangesOutOfOrder when `from` is after `to`.
 */
export async function streamChanges<State>(
  history: StreamHistory,
  fold: StreamFold<State>,
  streamId: string,
  from: AsOf,
  to: AsOf,
): Promise<StreamChanges<State> | null> {
  const [fromRevision, toRevision] = await Promise.all([
    history.revisionAt(streamId, from),
    history.revisionAt(streamId, to),
  ]);
  if (toRevision === null) return null;
  if (fromRevision !== null && fromRevision > toRevision) throw new ChangesOutOfOrder(from, to);
  const start =
    fromRevision === null
      ? null
      : await history.snapshotAt(fold, streamId, { revision: fromRevision });
  if (fromRevision !== null && start === null) return null;
  const changes: StreamChange<State>[] = [];
  let end = start;
  for await (const { stored, before, after } of history.steps(fold, streamId, start, toRevision)) {
    changes.push({
      event: recordedEventOf(stored),
      decision: decisionOf(stored),
      before,
      after,
      fields: diffFields(before?.state ?? fold.initialState(), after.state),
    });
    end = after;
  }
  return end?.revision === toRevision ? { from: start, to: end, changes } : null;
}
