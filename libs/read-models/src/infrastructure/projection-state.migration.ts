import type { Migration } from '@concordat/event-store';

/**
 * Where each projection stands: the version it was built with and the global position of the
 * last event applied, updated in the same transaction as the rows that event wrote. A rebuild in
 * progress has a row of its own, named after the projection with `__next`.
 */
export const createProjectionState: Migration = {
  version: 1001,
  name: 'create-projection-state',
  sql: `
    CREATE TABLE concordat_projections (
      projection text PRIMARY KEY,
      version integer NOT NULL,
      position bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `,
};
