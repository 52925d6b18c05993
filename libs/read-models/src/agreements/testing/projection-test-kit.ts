import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, SqlDatabase, StoredEvent } from '@concordat/event-store';
import type { JsonObject } from '@concordat/shared-kernel';
import { schemaOf, type Projection } from '../../infrastructure/projection';
import { ProjectionRunner } from '../../infrastructure/projection-runner';
import { schemaDigest } from '../../infrastructure/table-digest';
import { applyDirectly } from '../../testing/apply-directly';

const WAIT_MS = 15_000;

/** A domain event as the catalogue lists it, ready to append (a fresh id, fixed metadata). */
export function storable(
  event: { readonly type: string; readonly schemaVersion: number; readonly data: object },
  occurredAt = '2010-01-01T09:00:00.000Z',
): NewEvent {
  return {
    id: randomUUID(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data as JsonObject,
    metadata: {
      actor: 'user:test-officer',
      correlationId: randomUUID(),
      causationId: null,
      commandId: null,
      occurredAt,
    },
  };
}

/** Appends each stream's events in turn; the global position of the last one appended. */
export async function appendStreams(
  store: EventStore,
  streams: Iterable<readonly [string, readonly NewEvent[]]>,
): Promise<bigint> {
  let last = -1n;
  for (const [streamId, events] of streams) {
    if (events.length === 0) continue;
    const result = await store.appendToStream(streamId, events);
    last = result.positions.at(-1) ?? last;
  }
  return last;
}

/** Runs the projection until it has applied `position`; the caller stops the runner. */
export async function projectUpTo(
  store: EventStore,
  sql: SqlDatabase,
  projection: Projection,
  position: bigint,
): Promise<ProjectionRunner> {
  const runner = new ProjectionRunner(store, sql, [projection], { pollIntervalMs: 10 });
  runner.start();
  if (!(await runner.waitFor(position, WAIT_MS))) {
    await runner.stop();
    throw new Error(
      `${projection.name} did not reach ${position}: ${JSON.stringify(status(runner))}`,
    );
  }
  return runner;
}

function status(runner: ProjectionRunner) {
  return runner.status().map((s) => ({ ...s, position: s.position.toString() }));
}

export const digestOf = (sql: SqlDatabase, projection: Projection): Promise<string> =>
  schemaDigest(sql, schemaOf(projection));

/** Applies every stored event the projection reads once more, into its live tables. */
export async function applyEverythingAgain(
  store: EventStore,
  sql: SqlDatabase,
  projection: Projection,
): Promise<void> {
  const events: StoredEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: events.at(-1)?.globalPosition, maxCount: 500 });
    if (page.length === 0) break;
    events.push(...page);
  }
  // Read first: the embedded store has one connection, which the transaction holds.
  await sql.transaction(async (tx) => {
    await tx.query(`SELECT set_config('search_path', $1, true)`, [schemaOf(projection)]);
    await applyDirectly(tx, projection, events, 2);
  });
}
