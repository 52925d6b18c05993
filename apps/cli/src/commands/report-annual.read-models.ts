import { migrate, type EventStore, type OpenedStores } from '@concordat/event-store';
import { ALL_PROJECTIONS, ProjectionRunner, READ_MODEL_MIGRATIONS } from '@concordat/read-models';

/** Time enough to project a large store from its first event. */
const CATCH_UP_MS = 5 * 60_000;

/**
 * Brings every read model up to the store's last event before a report reads them, as the API
 * keeps them: this process projects what no running API is projecting, and an API that holds a
 * projection keeps it (its progress is read from the checkpoints it writes).
 */
export async function catchUpReadModels(stores: OpenedStores, events: EventStore): Promise<void> {
  await migrate(stores.sql, READ_MODEL_MIGRATIONS);
  const head = (await events.headPosition()) ?? -1n;
  const runner = new ProjectionRunner(events, stores.sql, ALL_PROJECTIONS);
  await runner.initialise();
  runner.start();
  try {
    if (await runner.waitFor(head, CATCH_UP_MS)) return;
    const failing = runner
      .status()
      .filter((status) => status.lastError !== null)
      .map((status) => `${status.name}: ${status.lastError}`);
    throw new Error(
      `the read models did not reach the store's last event (position ${head}) within ` +
        `${CATCH_UP_MS / 60_000} minutes${failing.length > 0 ? `; ${failing.join('; ')}` : ''}`,
    );
  } finally {
    await runner.stop();
  }
}
