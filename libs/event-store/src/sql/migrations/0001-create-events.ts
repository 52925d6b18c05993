import type { Migration } from './migration';

/**
 * The log itself. The global position is the writing transaction's id times 2^20 plus the event's
 * index in its append: unique, and ordered the way readers may safely see events (see ADR 0003).
 * The stored canonical text is what was hashed; jsonb re-orders keys, so it cannot be the only copy.
 */
export const createEvents: Migration = {
  version: 1,
  name: 'create-events',
  sql: `
    CREATE TABLE concordat_events (
      global_position bigint PRIMARY KEY,
      event_id uuid NOT NULL,
      stream_id text NOT NULL,
      stream_revision bigint NOT NULL CHECK (stream_revision >= 0),
      event_type text NOT NULL,
      schema_version integer NOT NULL CHECK (schema_version >= 1),
      data jsonb NOT NULL,
      metadata jsonb NOT NULL,
      recorded_at timestamptz NOT NULL,
      previous_hash char(64) NOT NULL,
      hash char(64) NOT NULL,
      canonical text NOT NULL,
      CONSTRAINT concordat_events_event_id_key UNIQUE (event_id),
      CONSTRAINT concordat_events_stream_revision_key UNIQUE (stream_id, stream_revision)
    );
    CREATE INDEX concordat_events_stream_recorded_at ON concordat_events (stream_id, recorded_at);

    -- History is append-only: no code path, and no careless operator, can rewrite it.
    CREATE FUNCTION concordat_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'concordat_events is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END
    $$;
    CREATE TRIGGER concordat_events_no_update BEFORE UPDATE OR DELETE ON concordat_events
      FOR EACH ROW EXECUTE FUNCTION concordat_refuse_change();
    CREATE TRIGGER concordat_events_no_truncate BEFORE TRUNCATE ON concordat_events
      FOR EACH STATEMENT EXECUTE FUNCTION concordat_refuse_change();

    -- Wakes live subscribers; polling remains the safety net.
    CREATE FUNCTION concordat_notify_append() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('concordat_events', '');
      RETURN NULL;
    END
    $$;
    CREATE TRIGGER concordat_events_notify AFTER INSERT ON concordat_events
      FOR EACH STATEMENT EXECUTE FUNCTION concordat_notify_append();
  `,
};
