import { PERSONAL_DATA } from '@concordat/domain';
import type { StoredEvent } from '@concordat/event-store';
import { personalFieldsOf, withPersonalDataErased } from '@concordat/shared-kernel';
import type { Projection, ProjectionWrites } from '../infrastructure/projection';

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
    -- An erasure reads the subject's entries by partnership.
    CREATE INDEX entries_by_partnership ON entries (partnership_id, global_position);
  `,
  deferredIndexes: `
    CREATE INDEX entries_by_stream ON entries (stream_id, stream_revision);
    CREATE INDEX entries_by_actor ON entries (actor, global_position);
    CREATE INDEX entries_by_type ON entries (event_type, global_position);
  `,
  async apply(tx: ProjectionWrites, event: StoredEvent): Promise<void> {
    const partnershipId = event.data['partnershipId'];
    entriesOf(tx).push(entryOf(event, typeof partnershipId === 'string' ? partnershipId : null));
    tx.once('audit-log entries', () => Promise.resolve(insertEntries(tx)));
    const erasure = PERSONAL_DATA.erasures.find((candidate) => candidate.type === event.type);
    if (erasure && typeof partnershipId === 'string') {
      insertEntries(tx);
      await eraseFromEntries(tx, partnershipId, erasure.subjectOf(event.data));
    }
  },
};

/** An entry's columns, in the order of the `entries` table. */
type Entry = readonly unknown[];

/** One statement for any number of entries, a parameter per column (an array of its values). */
const INSERT_ENTRIES = `
  INSERT INTO entries (global_position, event_id, stream_id, stream_revision, event_type,
    schema_version, data, partnership_id, actor, correlation_id, causation_id, command_id,
    occurred_at, recorded_at, previous_hash, hash)
  SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::bigint[], $5::text[],
    $6::integer[], $7::jsonb[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
    $13::timestamptz[], $14::timestamptz[], $15::text[], $16::text[])
  ON CONFLICT (global_position) DO NOTHING`;

/**
 * The entries of a batch not yet written, by the batch they belong to: they are written together,
 * one statement for the batch instead of one per event, when it ends or before an erasure reads
 * them.
 */
const pendingEntries = new WeakMap<ProjectionWrites, Entry[]>();

function entriesOf(tx: ProjectionWrites): Entry[] {
  let entries = pendingEntries.get(tx);
  if (!entries) pendingEntries.set(tx, (entries = []));
  return entries;
}

function entryOf(event: StoredEvent, partnershipId: string | null): Entry {
  return [
    event.globalPosition.toString(),
    event.id,
    event.streamId,
    event.streamRevision.toString(),
    event.type,
    event.schemaVersion,
    JSON.stringify(event.data),
    partnershipId,
    event.metadata.actor,
    event.metadata.correlationId,
    event.metadata.causationId,
    event.metadata.commandId,
    event.metadata.occurredAt,
    event.recordedAt,
    event.previousHash,
    event.hash,
  ];
}

/** Writes the pending entries in one statement, a column array each. */
function insertEntries(tx: ProjectionWrites): void {
  const entries = entriesOf(tx).splice(0);
  if (entries.length === 0) return;
  const columns = entries[0]!.map((_, column) => entries.map((entry) => entry[column]));
  tx.write(INSERT_ENTRIES, columns);
}

interface EntryData {
  readonly position: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/** Rewrites the entries of the subject's events with their personal fields erased. */
async function eraseFromEntries(tx: ProjectionWrites, partnershipId: string, subject: string) {
  const types = PERSONAL_DATA.fields.map((declaration) => declaration.type);
  const entries = await tx.query<EntryData>(
    `SELECT global_position AS position, event_type AS type, data FROM entries
      WHERE partnership_id = $1 AND event_type = ANY($2::text[])`,
    [partnershipId, types],
  );
  for (const entry of entries) {
    const declaration = personalFieldsOf(PERSONAL_DATA, entry.type);
    if (!declaration || declaration.subjectOf(entry.data) !== subject) continue;
    tx.write('UPDATE entries SET data = $2::jsonb WHERE global_position = $1', [
      entry.position,
      JSON.stringify(withPersonalDataErased(declaration, entry.data)),
    ]);
  }
}
