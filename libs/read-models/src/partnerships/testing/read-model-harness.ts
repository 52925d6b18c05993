import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { EventStore, NewEvent, StoredEvent } from '@concordat/event-store';
import type { DomainEvent, JsonObject } from '@concordat/shared-kernel';
import { schemaOf, type Projection } from '../../infrastructure/projection';
import { ProjectionRunner } from '../../infrastructure/projection-runner';
import { openReadModelDataSource } from '../../infrastructure/read-model-data-source';
import { rebuildProjection } from '../../infrastructure/rebuild-projection';
import { schemaDigest } from '../../infrastructure/table-digest';
import type { ReadModelTestStores } from '../../testing/read-model-test-stores';
import { applyDirectly } from '../../testing/apply-directly';

export const WAIT_MS = 20_000;

/** An event for one stream, as a command handler would append it. */
export interface StreamEvent {
  readonly streamId: string;
  readonly event: NewEvent;
}

/** A hand-written event of the catalogue: `fact<PartnerAdmitted>(stream, 'PartnerAdmitted', {...}, at)`. */
export function fact<E extends DomainEvent>(
  streamId: string,
  type: E['type'],
  data: E['data'],
  occurredAt: string,
  schemaVersion = 1,
): StreamEvent {
  return {
    streamId,
    event: {
      id: randomUUID(),
      type,
      schemaVersion,
      data: data as unknown as JsonObject,
      metadata: {
        actor: 'user:test-officer',
        correlationId: 'read-model-test',
        causationId: null,
        commandId: null,
        occurredAt,
      },
    },
  };
}

/** Appends each event to its stream in the order given; returns the last global position. */
export async function appendInOrder(
  store: EventStore,
  events: readonly StreamEvent[],
): Promise<bigint> {
  let last = -1n;
  let i = 0;
  while (i < events.length) {
    const streamId = events[i]!.streamId;
    const run: NewEvent[] = [];
    while (i < events.length && events[i]!.streamId === streamId) run.push(events[i++]!.event);
    const result = await store.appendToStream(streamId, run);
    last = result.positions.at(-1) ?? last;
  }
  return last;
}

/** Keeps the projections current on the test stores; stop it with `runner.stop()`. */
export async function runUntil(
  stores: ReadModelTestStores,
  projections: readonly Projection[],
  position: bigint,
): Promise<ProjectionRunner> {
  const runner = new ProjectionRunner(stores.store, stores.sql, projections, {
    pollIntervalMs: 10,
  });
  runner.start();
  if (!(await runner.waitFor(position, WAIT_MS))) {
    await runner.stop();
    throw new Error(`projections did not reach ${position}: ${JSON.stringify(runner.status())}`);
  }
  return runner;
}

export const digestOf = (stores: ReadModelTestStores, projection: Projection) =>
  schemaDigest(stores.sql, schemaOf(projection));

/** Applies every stored event to the live tables once more, as a redelivered batch would. */
export async function applyEverythingAgain(
  stores: ReadModelTestStores,
  projection: Projection,
): Promise<void> {
  const events: StoredEvent[] = [];
  for (;;) {
    const page = await stores.store.readAll({
      after: events.at(-1)?.globalPosition,
      maxCount: 500,
    });
    if (page.length === 0) break;
    events.push(...page);
  }
  await stores.sql.transaction(async (tx) => {
    await tx.query(`SELECT set_config('search_path', $1, true)`, [schemaOf(projection)]);
    await applyDirectly(tx, projection, events);
  });
}

/** Rebuilds from the first event, applying each event twice in a row. */
export async function rebuildApplyingEachEventTwice(
  stores: ReadModelTestStores,
  projection: Projection,
): Promise<void> {
  await rebuildProjection(stores.store, stores.sql, {
    ...projection,
    async apply(tx, event) {
      await projection.apply(tx, event);
      await projection.apply(tx, event);
    },
  });
}

/**
 * The three checks every read model passes: applying every event again changes nothing,
 * neither does a rebuild that applies each event twice, nor a plain rebuild.
 */
export async function expectIdempotentAndRebuildable(
  stores: ReadModelTestStores,
  projection: Projection,
): Promise<void> {
  const live = await digestOf(stores, projection);
  expect(live).not.toMatch(/:empty/);

  await applyEverythingAgain(stores, projection);
  expect(await digestOf(stores, projection)).toBe(live);

  await rebuildApplyingEachEventTwice(stores, projection);
  expect(await digestOf(stores, projection)).toBe(live);

  await rebuildProjection(stores.store, stores.sql, projection);
  expect(await digestOf(stores, projection)).toBe(live);
}

export function openDataSource(
  stores: ReadModelTestStores,
  entities: Parameters<typeof openReadModelDataSource>[2],
): Promise<DataSource> {
  return openReadModelDataSource(stores, stores.databaseUrl, entities);
}
