import type { Migration } from './migration';

/**
 * An append as one statement: lock the stream, read its head, check the expected revision, seal
 * each event into the hash chain and insert them all, without a round trip between the steps.
 *
 * The client sends each event's canonical text with three holes (see canonical-template.ts): the
 * previous hash, the instant it is recorded and its revision, which only the database knows once
 * it holds the stream's lock. The hash is SHA-256 of the filled text's UTF-8 bytes, the same as
 * `sealEvent`. When the stream's head does not satisfy the expectation, nothing is written and
 * `first_position` is null; the head revision is returned either way.
 *
 * The notify trigger goes: a transaction that notifies commits under a database-wide lock, so
 * appenders committed one at a time. The store now notifies after each commit (live-wake-ups.ts).
 */
export const appendInOneStatement: Migration = {
  version: 4,
  name: 'append-in-one-statement',
  sql: `
    DROP TRIGGER concordat_events_notify ON concordat_events;
    DROP FUNCTION concordat_notify_append();

    CREATE FUNCTION concordat_append(
      stream text, expected_kind text, expected_revision bigint, templates jsonb
    ) RETURNS TABLE (head_revision bigint, first_position bigint, recorded_at_text text)
    LANGUAGE plpgsql AS $$
    DECLARE
      head_hash text;
      satisfied boolean;
      chain_hash text;
      canonical text;
      template jsonb;
      revision bigint;
      canonicals text[] := '{}';
      hashes text[] := '{}';
      previous_hashes text[] := '{}';
    BEGIN
      -- Writers to one stream queue here, so 'any' never fails on a race and exact revisions
      -- fail fast; the transaction id (and so the position) is taken only once the lock is held.
      PERFORM pg_advisory_xact_lock(hashtextextended(stream, 0));
      SELECT e.stream_revision, e.hash INTO head_revision, head_hash
        FROM concordat_events e WHERE e.stream_id = stream
       ORDER BY e.stream_revision DESC LIMIT 1;
      -- The same rule as satisfiesExpectedRevision in the port.
      satisfied := CASE expected_kind
                     WHEN 'any' THEN true
                     WHEN 'no_stream' THEN head_revision IS NULL
                     WHEN 'stream_exists' THEN head_revision IS NOT NULL
                     ELSE head_revision IS NOT DISTINCT FROM expected_revision
                   END;
      IF NOT satisfied THEN
        RETURN NEXT;
        RETURN;
      END IF;
      recorded_at_text := to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                  'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
      first_position := pg_current_xact_id()::text::bigint * 1048576;
      chain_hash := coalesce(head_hash, repeat('0', 64));
      revision := coalesce(head_revision + 1, 0);
      FOR template IN SELECT value FROM jsonb_array_elements(templates) LOOP
        canonical := (template->>0) || chain_hash || (template->>1) || recorded_at_text
                     || (template->>2) || revision::text || (template->>3);
        previous_hashes := previous_hashes || chain_hash;
        chain_hash := encode(sha256(convert_to(canonical, 'UTF8')), 'hex');
        canonicals := canonicals || canonical;
        hashes := hashes || chain_hash;
        revision := revision + 1;
      END LOOP;
      -- One INSERT for the whole batch, so the rows are written in one statement; data
      -- and metadata are cut from the hashed text itself, so they cannot differ from it.
      INSERT INTO concordat_events (global_position, event_id, stream_id, stream_revision,
          event_type, schema_version, data, metadata, recorded_at, previous_hash, hash, canonical)
      SELECT first_position + row.index - 1, (parsed.doc->>'eventId')::uuid, stream,
             coalesce(head_revision + 1, 0) + row.index - 1, parsed.doc->>'type',
             (parsed.doc->>'schemaVersion')::integer, parsed.doc->'data', parsed.doc->'metadata',
             recorded_at_text::timestamptz, previous_hashes[row.index], hashes[row.index],
             row.canonical
        FROM unnest(canonicals) WITH ORDINALITY AS row(canonical, index)
        CROSS JOIN LATERAL (SELECT row.canonical::jsonb AS doc) AS parsed;
      RETURN NEXT;
    END
    $$;
  `,
};
