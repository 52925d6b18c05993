import type { Migration } from '@concordat/event-store';
import { AuditLogEntry } from './audit-log/audit-log-entry.entity';
import { auditLogProjection } from './audit-log/audit-log.projection';
import type { Projection } from './infrastructure/projection';
import { createProjectionState } from './infrastructure/projection-state.migration';

/** Every projection the API keeps current, and that `concordat projections rebuild` knows. */
export const ALL_PROJECTIONS: readonly Projection[] = [auditLogProjection];

/** The TypeORM entities that read them. */
export const ALL_ENTITIES = [AuditLogEntry];

/** Schema changes of the read-model bookkeeping (versions from 1001; the store's are below). */
export const READ_MODEL_MIGRATIONS: readonly Migration[] = [createProjectionState];
