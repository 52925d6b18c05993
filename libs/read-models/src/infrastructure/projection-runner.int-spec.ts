import type { DataSource } from 'typeorm';
import type { StoredEvent } from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import { AuditLogEntry } from '../audit-log/audit-log-entry.entity';
import { auditLogProjection } from '../audit-log/audit-log.projection';
import { readModelBackends, type ReadModelTestStores } from '../testing/read-model-test-stores';
import { applyDirectly } from '../testing/apply-directly';
import { applyBatch } from './apply-batch';
import { schemaOf, type Projection, type ProjectionWrites } from './projection';
import { ProjectionRunner } from './projection-runner';
import { openReadModelDataSource } from './read-model-data-source';
import { rebuildProjection, rebuildProjections } from './rebuild-projection';
import { schemaDigest } from './table-digest';

const WAIT_MS = 10_000;

/** Polls until the condition holds (a runner's first round is asynchronous). */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!condition() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The runner's stamp once it has stayed put for a while: its own last moves all seen. */
async function settledStamp(runner: ProjectionRunner): Promise<number> {
  for (;;) {
    const stamp = runner.readModelsStamp();
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (stamp !== null && runner.readModelsStamp() === stamp) return stamp;
  }
}

describe.each(readModelBackends)('projections on %s', (_name, openStores) => {
  let stores: ReadModelTestStores;
  let runner: ProjectionRunner | undefined;

  beforeEach(async () => {
    stores = await openStores();
  });

  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
    await stores.close();
  });

  async function appendSome(count: number): Promise<bigint> {
    let last = -1n;
    for (let i = 0; i < count; i += 5) {
      const result = await stores.store.appendToStream(
        `partnership-p${i % 3}`,
        anEvent()
          .withData({ partnershipId: `p${i % 3}` })
          .buildMany(5),
      );
      last = result.positions.at(-1) ?? last;
    }
    return last;
  }

  function startRunner(projections: Projection[] = [auditLogProjection]): ProjectionRunner {
    runner = new ProjectionRunner(stores.store, stores.sql, projections, { pollIntervalMs: 10 });
    runner.start();
    return runner;
  }

  const digest = () => schemaDigest(stores.sql, schemaOf(auditLogProjection));

  it('applies every event once, and tells a writer when its event has been read', async () => {
    const last = await appendSome(40);
    const started = startRunner();

    expect(await started.waitFor(last, WAIT_MS)).toBe(true);

    const dataSource: DataSource = await openReadModelDataSource(stores, stores.databaseUrl, [
      AuditLogEntry,
    ]);
    try {
      const entries = await dataSource.getRepository(AuditLogEntry).find({
        where: { partnershipId: 'p0' },
        order: { globalPosition: 'ASC' },
      });
      expect(await dataSource.getRepository(AuditLogEntry).count()).toBe(40);
      expect(entries.every((entry) => entry.partnershipId === 'p0')).toBe(true);
      expect(entries.length).toBeGreaterThan(0);
    } finally {
      await dataSource.destroy();
    }
    expect(started.status()).toEqual([
      expect.objectContaining({ name: 'audit-log', state: 'running', position: last }),
    ]);
  });

  it('is harmless when an event is applied twice, and refuses a batch behind its checkpoint', async () => {
    const last = await appendSome(10);
    await startRunner().waitFor(last, WAIT_MS);
    await runner?.stop();
    const before = await digest();
    const events = await stores.store.readAll({ maxCount: 10 });

    await stores.sql.transaction(async (tx) => {
      await tx.query(`SELECT set_config('search_path', $1, true)`, [schemaOf(auditLogProjection)]);
      await applyDirectly(tx, auditLogProjection, events);
    });
    const replayed = await applyBatch(
      stores.sql,
      auditLogProjection,
      { row: 'audit-log', schema: schemaOf(auditLogProjection) },
      -1n,
      events,
    );

    expect(replayed).toBe('checkpoint-moved');
    expect(await digest()).toBe(before);
  });

  it('moves past events it reads nothing of, and refuses to move a checkpoint someone moved', async () => {
    const uninterested: Projection = {
      ...auditLogProjection,
      name: 'uninterested',
      eventTypes: new Set(['SomethingNeverAppended']),
    };
    const last = await appendSome(10);
    await startRunner([uninterested]).waitFor(last, WAIT_MS);
    await runner?.stop();
    const target = { row: uninterested.name, schema: schemaOf(uninterested) };
    const events = await stores.store.readAll({ maxCount: 10 });

    const stale = await applyBatch(stores.sql, uninterested, target, -1n, events);

    expect(stale).toBe('checkpoint-moved');
    const [row] = await stores.sql.query<{ position: string }>(
      'SELECT position::text AS position FROM concordat_projections WHERE projection = $1',
      [uninterested.name],
    );
    expect(row?.position).toBe(last.toString());
  });

  it('loses and repeats nothing when the projector dies between rows and checkpoint', async () => {
    const last = await appendSome(30);
    let failures = 1;
    const crashing: Projection = {
      ...auditLogProjection,
      async apply(tx: ProjectionWrites, event: StoredEvent) {
        await auditLogProjection.apply(tx, event);
        if (event.streamRevision === 3n && failures > 0) {
          failures -= 1;
          throw new Error('the projector died here');
        }
      },
    };
    const started = startRunner([crashing]);
    await started.waitFor(last, WAIT_MS);
    await started.stop();
    const recovered = await digest();

    await rebuildProjection(stores.store, stores.sql, auditLogProjection);

    expect(failures).toBe(0);
    expect(await digest()).toBe(recovered);
    const [count] = await stores.sql.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM ${schemaOf(auditLogProjection)}.entries`,
    );
    expect(count?.n).toBe('30');
  });

  it('rebuilds into fresh tables identical to the live ones, which serve until the swap', async () => {
    const last = await appendSome(50);
    const started = startRunner();
    await started.waitFor(last, WAIT_MS);
    const live = await digest();
    const progress: bigint[] = [];
    const settled = await settledStamp(started);

    await rebuildProjection(stores.store, stores.sql, auditLogProjection, ({ position }) => {
      progress.push(position);
    });

    expect(await digest()).toBe(live);
    expect(progress.at(-1)).toBe(last);
    // The swap moved no position, but answers read from the old tables must not outlive them.
    await until(() => started.readModelsStamp() !== settled);
    expect(started.readModelsStamp()).toBeGreaterThan(settled);
    const more = await appendSome(5);
    expect(await runner?.waitFor(more, WAIT_MS)).toBe(true);
  });

  it('rebuilds several read models from one read of the log, each as its live tables', async () => {
    const copy: Projection = { ...auditLogProjection, name: 'audit-log-copy' };
    const last = await appendSome(50);
    await startRunner([auditLogProjection, copy]).waitFor(last, WAIT_MS);
    const live = [await digest(), await schemaDigest(stores.sql, schemaOf(copy))];
    let eventsRead = 0;
    const counting = {
      ...stores.store,
      readAll: async (options: Parameters<typeof stores.store.readAll>[0]) => {
        const page = await stores.store.readAll(options);
        eventsRead += page.length;
        return page;
      },
    };

    await rebuildProjections(counting, stores.sql, [auditLogProjection, copy]);

    expect([await digest(), await schemaDigest(stores.sql, schemaOf(copy))]).toEqual(live);
    expect(eventsRead).toBe(50);
  });

  it('has one runner write at a time; a standby takes over when the leader stops', async () => {
    const second = stores.openSecondDatabase();
    if (!second) {
      console.info('PGlite: one process owns the embedded store, so there is no standby');
      return;
    }
    const leader = startRunner();
    await until(() => leader.status()[0]?.state === 'running');
    const standby = new ProjectionRunner(stores.store, second, [auditLogProjection], {
      pollIntervalMs: 10,
    });
    standby.start();
    const first = await appendSome(5);
    await leader.waitFor(first, WAIT_MS);
    await until(() => standby.status()[0]?.state !== 'starting');
    expect(standby.status()[0]?.state).toBe('standby');
    // A standby learns of the leader's moves only by asking, so it keeps no answers.
    expect(standby.readModelsStamp()).toBeNull();
    const stamp = leader.readModelsStamp();
    expect(await leader.waitFor(await appendSome(5), WAIT_MS)).toBe(true);
    expect(leader.readModelsStamp()).toBeGreaterThan(stamp ?? Infinity);

    await leader.stop();
    runner = standby;
    const next = await appendSome(5);

    expect(await standby.waitFor(next, WAIT_MS)).toBe(true);
    expect(standby.status()[0]?.state).toBe('running');
    expect(standby.readModelsStamp()).toEqual(expect.any(Number));
  });
});
