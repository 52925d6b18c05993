import type { Migration } from './migration';

/**
 * `concordat_append` as in 0004, with less work on the server for each event:
 *
 * - The templates arrive as one text, the pieces parted by U+001E (see `joinTemplates`), which
 *   `string_to_array` splits, instead of a JSON array parsed as jsonb first.
 * - Each filled canonical text is parsed once. In 0004 the lateral subquery was pulled up into
 *   the INSERT, so the text was parsed again for each of the five fields taken from it;
 *   `OFFSET 0` keeps the subquery apart. The columns are still cut from the hashed text itself,
 *   or filled into it by the function, so they cannot differ from it; the stream id, which the
 *   client writes into the text, must now match the stream appended to.
 * - The recorded instant is stored as the value it was formatted from, not parsed back.
 * - One result row through OUT parameters, rather than a set built with RETURN NEXT.
 *
 * The result is unchanged: the head revision, and the first position, null when the stream's head
 * did not satisfy the expectation and nothing was written. Called on its own, outside any
 * transaction block, it commits with its statement: an append is one round trip.
 */
export const appendParsingEachEventOnce: Migration = {
  version: 5,
  name: 'append-parsing-each-event-once',
  sql: `
    DROP FUNCTION concordat_append(text, text, bigint, jsonb);

    CREATE FUNCTION concordat_append(
      stream text, expected_kind text, expected_revision bigint, templates text,
      OUT head_revision bigint, OUT first_position bigint
    ) LANGUAGE plpgsql AS $$
    DECLARE
      pieces text[] := string_to_array(templates, E'\\x1e');
      head_hash text;
      satisfied boolean;
      recorded timestamptz;
      recorded_text text;
      chain_hash text;
      filled text;
      revision bigint;
      canonicals text[] := '{}';
      hashes text[] := '{}';
      previous_hashes text[] := '{}';
    BEGIN
      IF cardinality(pieces) % 4 <> 0 THEN
        RAISE EXCEPTION 'concordat_append takes four template pieces per event, not %',
          cardinality(pieces);
      END IF;
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
        RETURN;
      END IF;
      recorded := clock_timestamp();
      recorded_text := to_char(recorded AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
      first_position := pg_current_xact_id()::text::bigint * 1048576;
      chain_hash := coalesce(head_hash, repeat('0', 64));
      revision := coalesce(head_revision + 1, 0);
      FOR piece IN 1 .. cardinality(pieces) BY 4 LOOP
        filled := pieces[piece] || chain_hash || pieces[piece + 1] || recorded_text
                  || pieces[piece + 2] || revision || pieces[piece + 3];
        previous_hashes := previous_hashes || chain_hash;
        chain_hash := encode(sha256(convert_to(filled, 'UTF8')), 'hex');
        canonicals := canonicals || filled;
        hashes := hashes || chain_hash;
        revision := revision + 1;
      END LOOP;
      -- One INSERT for the whole batch: cheaper than one per event once there are a few.
      INSERT INTO concordat_events (global_position, event_id, stream_id, stream_revision,
          event_type, schema_version, data, metadata, recorded_at, previous_hash, hash, canonical)
      -- The stream id is the one column not cut from the text: a template naming another stream
      -- leaves it null, which the column refuses, so the whole append fails.
      SELECT first_position + row.index - 1, (parsed.doc->>'eventId')::uuid,
             CASE WHEN parsed.doc->>'streamId' = stream THEN stream END,
             coalesce(head_revision + 1, 0) + row.index - 1, parsed.doc->>'type',
             (parsed.doc->>'schemaVersion')::integer, parsed.doc->'data', parsed.doc->'metadata',
             recorded, row.previous_hash, row.hash, row.canonical
        FROM unnest(canonicals, previous_hashes, hashes) WITH ORDINALITY
               AS row(canonical, previous_hash, hash, index)
       CROSS JOIN LATERAL (SELECT row.canonical::jsonb AS doc OFFSET 0) AS parsed;
    END
    $$;
  `,
};
