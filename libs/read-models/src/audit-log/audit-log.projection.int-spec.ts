import { anEvent } from '@concordat/event-store/testing/event-builder';
import { readEverything } from '@concordat/event-store/testing/read-everything';
import { schemaOf } from '../infrastructure/projection';
import { ProjectionRunner } from '../infrastructure/projection-runner';
import { rebuildProjection } from '../infrastructure/rebuild-projection';
import { openReadModelDataSource } from '../infrastructure/read-model-data-source';
import { readModelBackends, type ReadModelTestStores } from '../testing/read-model-test-stores';
import { AuditLogEntry } from './audit-log-entry.entity';
import { auditLogProjection } from './audit-log.projection';

const WAIT_MS = 10_000;

describe.each(readModelBackends)('the audit log projection on %s', (_name, openStores) => {
  let stores: ReadModelTestStores;
  let runner: ProjectionRunner | undefined;

  beforeEach(async () => {
    stores = await openStores();
  });

  afterEach(async () => {
    await runner?.stop();
    await stores.close();
  });

  async function runUntil(runs: ProjectionRunner, done: () => boolean): Promise<void> {
    runner = runs;
    runs.start();
    const deadline = Date.now() + WAIT_MS;
    while (!done() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(done()).toBe(true);
  }

  it("rebuilds an install's log from before it held data, and then holds each event's data", async () => {
    const { positions } = await stores.store.appendToStream(
      'agreement-a1',
      anEvent()
        .withData({ partnershipId: 'p1', outcome: { title: 'Jobs', targets: [80, 'high', null] } })
        .buildMany(3),
    );
    const last = positions.at(-1) ?? -1n;
    // An install of version 1: a checkpoint that says so, over a table without the data column.
    const before = new ProjectionRunner(
      stores.store,
      stores.sql,
      [{ ...auditLogProjection, version: 1 }],
      { pollIntervalMs: 10 },
    );
    await runUntil(before, () => before.status()[0]?.position === last);
    await before.stop();
    await stores.sql.exec(`ALTER TABLE ${schemaOf(auditLogProjection)}.entries DROP COLUMN data`);

    const upgraded = new ProjectionRunner(stores.store, stores.sql, [auditLogProjection], {
      pollIntervalMs: 10,
    });
    await runUntil(upgraded, () => upgraded.status()[0]?.state === 'running');

    const dataSource = await openReadModelDataSource(stores, stores.databaseUrl, [AuditLogEntry]);
    try {
      const entries = await dataSource
        .getRepository(AuditLogEntry)
        .find({ order: { globalPosition: 'ASC' } });
      const events = await readEverything(stores.store);
      expect(entries.map((entry) => entry.data)).toEqual(events.map((event) => event.data));
    } finally {
      await dataSource.destroy();
    }
    const [checkpoint] = await stores.sql.query<{ version: number }>(
      `SELECT version FROM concordat_projections WHERE projection = 'audit-log'`,
    );
    expect(checkpoint?.version).toBe(auditLogProjection.version);
  });

  it('has, rebuilt, the indexes it has when new, those it builds once filled included', async () => {
    await stores.store.appendToStream('agreement-a2', anEvent().buildMany(3));
    const indexes = async () =>
      (
        await stores.sql.query<{ definition: string }>(
          `SELECT indexdef AS definition FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname`,
          [schemaOf(auditLogProjection)],
        )
      ).map(({ definition }) => definition);
    const created = new ProjectionRunner(stores.store, stores.sql, [auditLogProjection], {
      pollIntervalMs: 10,
    });
    await runUntil(created, () => created.status()[0]?.state === 'running');
    await created.stop();
    const whenNew = await indexes();

    await rebuildProjection(stores.store, stores.sql, auditLogProjection);

    expect(await indexes()).toEqual(whenNew);
    expect(whenNew.join('\n')).toMatch(/entries_by_type .*\(event_type, global_position\)/);
  });
});
