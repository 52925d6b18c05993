import { PERSONAL_DATA } from '@concordat/domain';
import type { StoredEvent, SqlQueryable } from '@concordat/event-store';
import { personalFieldsOf, withPersonalDataErased } from '@concordat/shared-kernel';
import type { Projection } from '../infrastructure/projection';

/**
 * Every event, one row each, with what it says, who, when and where it sits in the log: the
 * audit trail's index. Keyed by global position, so applying an event twice inserts nothing the
 * second time. Version 2 added each event's data; version 3 erases a person's data from the
 * entries of their events when they ask (the data the log holds sealed is erased by its key).
 */
export const auditLogProjection: Projection = {
  name: 'audit-log',
  version: 3,
  eventTypes: 'all',
  ddl: `
    CREATE TABLE entries (
      global_position bigint PRIMARY KEY,
      event_id uuid NOT NULL,
      stream_id text NOT NULL,
      stream_revision bigint NOT NULL,
      event_type text NOT NULL,
      schema_version integer NOT NULL,
      data jsonb NOT NULL,
      partnership_id text,
      actor text NOT NULL,
      correlation_id text NOT NULL,
      causation_id text,
      command_id text,
      occurred_at timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL,
      previous_hash char(64) NOT NULL,
      hash char(64) NOT NULL
    );
    CREATE INDEX entries_by_stream ON entries (stream_id, stream_revision);
    CREATE INDEX entries_by_partnership ON entries (partnership_id, global_position);
    CREATE INDEX entries_by_actor ON entries (actor, global_position);
    CREATE INDEX entries_by_type ON entries (event_type, global_position);
  `,
  async apply(tx: SqlQueryable, event: StoredEvent): Promise<void> {
    const partnershipId = event.data['partnershipId'];
    await tx.query(
      `INSERT INTO entries (global_position, event_id, stream_id, stream_revision, event_type,
         schema_version, data, partnership_id, actor, correlation_id, causation_id, command_id,
         occurred_at, recorded_at, previous_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (global_position) DO NOTHING`,
      [
        event.globalPosition.toString(),
        event.id,
        event.streamId,
        event.streamRevision.toString(),
        event.type,
        event.schemaVersion,
        JSON.stringify(event.data),
        typeof partnershipId === 'string' ? partnershipId : null,
        event.metadata.actor,
        event.metadata.correlationId,
        event.metadata.causationId,
        event.metadata.commandId,
        event.metadata.occurredAt,
        event.recordedAt,
        event.previousHash,
        event.hash,
      ],
    );
    const erasure = PERSONAL_DATA.erasures.find((candidate) => candidate.type === event.type);
    if (erasure && typeof partnershipId === 'string') {
      await eraseFromEntries(tx, partnershipId, erasure.subjectOf(event.data));
    }
  },
};

interface EntryData {
  readonly position: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/** Rewrites the entries of the subject's events with their personal fields erased. */
async function eraseFromEntries(tx: SqlQueryable, partnershipId: string, subject: string) {
  const types = PERSONAL_DATA.fields.map((declaration) => declaration.type);
  const entries = await tx.query<EntryData>(
    `SELECT global_position AS position, event_type AS type, data FROM entries
      WHERE partnership_id = $1 AND event_type = ANY($2::text[])`,
    [partnershipId, types],
  );
  for (const entry of entries) {
    const declaration = personalFieldsOf(PERSONAL_DATA, entry.type);
    if (!declaration || declaration.subjectOf(entry.data) !== subject) continue;
    await tx.query('UPDATE entries SET data = $2::jsonb WHERE global_position = $1', [
      entry.position,
      JSON.stringify(withPersonalDataErased(declaration, entry.data)),
    ]);
  }
}
