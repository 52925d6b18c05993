import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JsonObject } from '@concordat/shared-kernel';

/** One row of the audit log read model (written by auditLogProjection). */
@Entity({ schema: 'rm_audit_log', name: 'entries' })
export class AuditLogEntry {
  @PrimaryColumn({ name: 'global_position', type: 'bigint' })
  globalPosition!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'stream_id', type: 'text' })
  streamId!: string;

  @Column({ name: 'stream_revision', type: 'bigint' })
  streamRevision!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ name: 'schema_version', type: 'integer' })
  schemaVersion!: number;

  /** The event's data as recorded under its schema version: never upcast, so it is what was hashed. */
  @Column({ type: 'jsonb' })
  data!: JsonObject;

  @Column({ name: 'partnership_id', type: 'text', nullable: true })
  partnershipId!: string | null;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  @Column({ name: 'causation_id', type: 'text', nullable: true })
  causationId!: string | null;

  @Column({ name: 'command_id', type: 'text', nullable: true })
  commandId!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'previous_hash', type: 'char', length: 64 })
  previousHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
