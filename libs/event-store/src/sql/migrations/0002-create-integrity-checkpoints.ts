import type { Migration } from './migration';

/**
 * Signed statements of the global log's Merkle tree: its size, its root, when and with which key.
 * The signed fields are kept as the exact text that was signed (hex, and an instant read back to
 * the millisecond), so a checkpoint verifies from its row alone. `last_position` is not signed:
 * it is where the tree ended in the log, which lets a verifier say where a difference lies.
 * Like the events, checkpoints are never changed or removed once written.
 */
export const createIntegrityCheckpoints: Migration = {
  version: 2,
  name: 'create-integrity-checkpoints',
  sql: `
    CREATE TABLE integrity_checkpoints (
      tree_size bigint PRIMARY KEY CHECK (tree_size > 0),
      root_hash text NOT NULL,
      issued_at timestamptz NOT NULL,
      key_id text NOT NULL,
      signature text NOT NULL,
      last_position bigint NOT NULL
    );

    CREATE FUNCTION concordat_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END
    $$;
    CREATE TRIGGER integrity_checkpoints_no_update BEFORE UPDATE OR DELETE ON integrity_checkpoints
      FOR EACH ROW EXECUTE FUNCTION concordat_refuse_rewrite();
    CREATE TRIGGER integrity_checkpoints_no_truncate BEFORE TRUNCATE ON integrity_checkpoints
      FOR EACH STATEMENT EXECUTE FUNCTION concordat_refuse_rewrite();
  `,
};
