import type { SqlQueryable, StoredEvent } from '@concordat/event-store';

/**
 * A read model fed from the global log. Its tables live in a schema of their own
 * (`schemaOf(projection)`), so a rebuild can fill a fresh copy while the old one keeps serving,
 * then swap the two by renaming. `ddl` and `apply` name tables without a schema: they run with
 * the search path set to whichever copy is being written.
 */
export interface Projection {
  /** Stable, lower-case words joined by hyphens: `commitments`, `audit-log`. */
  readonly name: string;
  /** Bump when `ddl` or what `apply` writes changes: the projection is then rebuilt from zero. */
  readonly version: number;
  readonly ddl: string;
  /**
   * Indexes that `apply` never reads by, only queries do. A rebuild creates them once its fresh
   * copy is filled rather than keeping them up to date row by row; a new projection creates them
   * with `ddl`.
   */
  readonly deferredIndexes?: string;
  /** The event types `apply` reads, or 'all'; other events only move the checkpoint. */
  readonly eventTypes: ReadonlySet<string> | 'all';
  /**
   * Writes what one event means, inside the batch's transaction. Must be harmless when applied
   * twice (upserts guarded by the stream revision, inserts that ignore a known key). Statements
   * whose answers it does not need go through `tx.write`, so they do not wait for each other.
   */
  apply(tx: ProjectionWrites, event: StoredEvent): Promise<void>;
}

/** The batch's transaction as `apply` sees it. */
export interface ProjectionWrites extends SqlQueryable {
  /**
   * Sends a statement without waiting for its answer. It runs before any statement sent after
   * it; if it fails, the batch fails and nothing of it is kept.
   */
  write(text: string, params?: readonly unknown[]): void;
  /**
   * Runs `task` once when every event of the batch has been applied, however many events asked
   * for it under the same key: for work that depends only on where the batch leaves the rows,
   * such as a figure recomputed from them. The batch's tasks run side by side.
   */
  once(key: string, task: () => Promise<void>): void;
}

export function schemaOf(projection: Pick<Projection, 'name'>): string {
  return `rm_${projection.name.replace(/-/g, '_')}`;
}

/** The schema a rebuild fills before it takes the live one's place. */
export function rebuildSchemaOf(projection: Pick<Projection, 'name'>): string {
  return `${schemaOf(projection)}__next`;
}
