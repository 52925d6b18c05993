import type { EventStore, SessionLock, SqlDatabase } from '@concordat/event-store';
import { applyBatch } from './apply-batch';
import { Doorbell } from './doorbell';
import { schemaOf, type Projection } from './projection';
import {
  readCheckpoint,
  writeCheckpoint,
  writeInto,
  type ProjectionRow,
} from './projection-checkpoints';
import { rebuildProjection } from './rebuild-projection';

export interface RunnerOptions {
  /** How often an idle runner looks for new events, and a standby for the leader's lock. */
  readonly pollIntervalMs?: number;
  readonly batchSize?: number;
  /** Told of every failed round (the runner retries); the API logs them. */
  readonly onError?: (projection: string, error: unknown) => void;
}

export type ProjectionRunState = 'starting' | 'standby' | 'rebuilding' | 'running' | 'stopped';

export interface ProjectionStatus {
  readonly name: string;
  readonly state: ProjectionRunState;
  /** Global position of the last event applied, as this process last saw it. */
  readonly position: bigint;
  readonly lastError: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps each projection current from the store's gap-safe global log, never from an in-memory
 * bus: a crash loses nothing, because the checkpoint moves only with the rows it covers. One
 * process per projection writes (a session lock); others stand by and take over when it dies.
 */
export class ProjectionRunner {
  private readonly statuses = new Map<string, ProjectionStatus>();
  private readonly waiters = new Set<() => void>();
  /** Rung when a caller waits for a position not yet applied: it has just appended it. */
  private readonly newEvents = new Doorbell();
  /** Changes seen to the read models: moves, states, and checkpoints rewritten (see below). */
  private changes = 0;
  private readonly checkpointsWrittenAt = new Map<string, string | undefined>();
  private stopping = false;
  private readonly loops: Promise<void>[] = [];
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly onError: (projection: string, error: unknown) => void;

  constructor(
    private readonly store: EventStore,
    private readonly sql: SqlDatabase,
    readonly projections: readonly Projection[],
    options: RunnerOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 50;
    this.batchSize = options.batchSize ?? 500;
    this.onError = options.onError ?? (() => undefined);
    for (const { name } of projections) {
      this.statuses.set(name, { name, state: 'starting', position: -1n, lastError: null });
    }
  }

  /**
   * Creates the tables of projections this database has never had, so queries can be served
   * (empty) from the first request; filling them is the running loop's work.
   */
  async initialise(): Promise<void> {
    for (const projection of this.projections) {
      if ((await readCheckpoint(this.sql, projection.name)) === null) {
        await this.create(projection);
      }
    }
  }

  /** The least far any projection has got, from the database (-1 when none has started). */
  async lowestCheckpoint(): Promise<bigint> {
    const rows = await this.sql.query<{ position: string | null }>(
      'SELECT min(position)::text AS position FROM concordat_projections',
    );
    return BigInt(rows[0]?.position ?? '-1');
  }

  start(): void {
    for (const projection of this.projections) this.loops.push(this.run(projection));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops);
  }

  status(): ProjectionStatus[] {
    return [...this.statuses.values()];
  }

  /**
   * Resolves true once every projection has applied the event at `position` (read-your-writes
   * for a caller that just appended it), or false when `timeoutMs` passes first.
   */
  async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    if (!this.caughtUpTo(position)) this.newEvents.ring();
    while (!this.caughtUpTo(position)) {
      if (Date.now() >= deadline || this.stopping) return false;
      await this.refresh();
      if (this.caughtUpTo(position)) return true;
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(this.pollIntervalMs, deadline - Date.now()));
        this.waiters.add(wake);
      });
    }
    return true;
  }

  /**
   * A number that changes whenever a read model this process writes may have changed: it moved,
   * changed state, or its checkpoint was rewritten, as a rebuild run elsewhere does when it swaps
   * its copy in. Null when another process writes any of them, since a standby learns of their
   * moves only by asking the database.
   */
  readModelsStamp(): number | null {
    return this.status().every((status) => status.state === 'running') ? this.changes : null;
  }

  private caughtUpTo(position: bigint): boolean {
    return this.status().every((status) => status.position >= position);
  }

  /** A standby process learns of the leader's progress from the checkpoints it writes. */
  async refresh(): Promise<void> {
    for (const status of this.status()) {
      if (status.state === 'running') continue;
      const row = await readCheckpoint(this.sql, status.name);
      if (row) this.update(status.name, { position: row.position });
    }
  }

  private update(name: string, change: Partial<ProjectionStatus>): void {
    const current = this.statuses.get(name);
    if (current) {
      const next = { ...current, ...change };
      if (next.position !== current.position || next.state !== current.state) this.changes += 1;
      this.statuses.set(name, next);
    }
    for (const wake of [...this.waiters]) wake();
  }

  private async run(projection: Projection): Promise<void> {
    let lock: SessionLock | null = null;
    while (!this.stopping) {
      try {
        if (lock && !lock.isHeld()) lock = null;
        lock ??= await this.sql.tryLockForSession(`concordat-projection:${projection.name}`);
        if (!lock) {
          this.update(projection.name, { state: 'standby' });
          await sleep(this.pollIntervalMs * 20);
          continue;
        }
        const row = await this.ensureCurrentVersion(projection);
        this.update(projection.name, { state: 'running', lastError: null });
        if (row === null) continue;
        this.noteWrittenAt(projection.name, row.writtenAt);
        const rings = this.newEvents.rings;
        if (!(await this.applyNextBatch(projection, row))) {
          await this.newEvents.wait(this.pollIntervalMs, rings);
        }
      } catch (error) {
        this.onError(projection.name, error);
        this.update(projection.name, {
          lastError: error instanceof Error ? error.message : String(error),
        });
        await sleep(this.pollIntervalMs * 20);
      }
    }
    await lock?.release();
    this.update(projection.name, { state: 'stopped' });
  }

  /**
   * Creates a missing projection, and rebuilds one whose code has a newer version; returns the
   * checkpoint once it is current, or null when it has just been made.
   */
  private async ensureCurrentVersion(projection: Projection): Promise<ProjectionRow | null> {
    const row = await readCheckpoint(this.sql, projection.name);
    if (row?.version === projection.version) return row;
    if (row === null) {
      await this.create(projection);
      return null;
    }
    this.update(projection.name, { state: 'rebuilding' });
    await rebuildProjection(this.store, this.sql, projection);
    return null;
  }

  private async create(projection: Projection): Promise<void> {
    await this.sql.transaction(async (tx) => {
      if (await readCheckpoint(tx, projection.name, true)) return;
      await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${schemaOf(projection)}`);
      await writeInto(tx, schemaOf(projection));
      await tx.exec(projection.ddl);
      if (projection.deferredIndexes) await tx.exec(projection.deferredIndexes);
      await writeCheckpoint(tx, projection.name, { version: projection.version, position: -1n });
    });
  }

  private noteWrittenAt(name: string, writtenAt: string | undefined): void {
    if (this.checkpointsWrittenAt.get(name) === writtenAt) return;
    this.checkpointsWrittenAt.set(name, writtenAt);
    this.changes += 1;
  }

  /** True when it applied something; false when there was nothing to read. */
  private async applyNextBatch(projection: Projection, row: ProjectionRow): Promise<boolean> {
    this.update(projection.name, { position: row.position });
    const events = await this.store.readAll({ after: row.position, maxCount: this.batchSize });
    if (events.length === 0) return false;
    const target = { row: projection.name, schema: schemaOf(projection) };
    const result = await applyBatch(this.sql, projection, target, row.position, events);
    if (result === 'applied') {
      this.update(projection.name, { position: events.at(-1)?.globalPosition ?? row.position });
    }
    return true;
  }
}
