import type { EventMetadata, StoredEvent } from '../port/events';
import type { JsonObject } from '@concordat/shared-kernel';

/**
 * The columns every read selects, with bigints and instants as exact text. The aliases shadow the
 * columns, so ORDER BY must name the table's column explicitly.
 */
export const EVENT_COLUMNS = `
  global_position::text AS global_position,
  event_id::text AS event_id,
  stream_id,
  stream_revision::text AS stream_revision,
  event_type,
  schema_version,
  data,
  metadata,
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS recorded_at,
  previous_hash,
  hash,
  canonical`;

export interface EventRow {
  readonly global_position: string;
  readonly event_id: string;
  readonly stream_id: string;
  readonly stream_revision: string;
  readonly event_type: string;
  readonly schema_version: number;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
  readonly recorded_at: string;
  readonly previous_hash: string;
  readonly hash: string;
  readonly canonical: string;
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    streamRevision: BigInt(row.stream_revision),
    globalPosition: BigInt(row.global_position),
    type: row.event_type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
    previousHash: row.previous_hash,
    hash: row.hash,
    canonical: row.canonical,
  };
}
