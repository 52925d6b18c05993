import type { Migration } from '@concordat/event-store';
import { AGREEMENTS_ENTITIES } from './agreements/agreements.entities';
import { agreementsProjection } from './agreements/agreements.projection';
import { AuditLogEntry } from './audit-log/audit-log-entry.entity';
import { auditLogProjection } from './audit-log/audit-log.projection';
import { COMMITMENT_ENTITIES } from './commitments/commitments.entities';
import { commitmentsProjection } from './commitments/commitments.projection';
import { ENGAGEMENT_ENTITIES } from './engagement/engagement.entities';
import { engagementProjection } from './engagement/engagement.projection';
import type { Projection } from './infrastructure/projection';
import { createProjectionState } from './infrastructure/projection-state.migration';
import { MEETING_ENTITIES } from './meetings/meetings.entities';
import { meetingsProjection } from './meetings/meetings.projection';
import { FRAMEWORK_ENTITIES } from './partnerships/frameworks.entities';
import { frameworksProjection } from './partnerships/frameworks.projection';
import { PARTNERSHIP_ENTITIES } from './partnerships/partnerships.entities';
import { partnershipsProjection } from './partnerships/partnerships.projection';

/** Every projection the API keeps current, and that `concordat projections rebuild` knows. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  auditLogProjection,
  frameworksProjection,
  partnershipsProjection,
  agreementsProjection,
  commitmentsProjection,
  meetingsProjection,
  engagementProjection,
];

/** The TypeORM entities that read them. */
export const ALL_ENTITIES = [
  AuditLogEntry,
  ...FRAMEWORK_ENTITIES,
  ...PARTNERSHIP_ENTITIES,
  ...AGREEMENTS_ENTITIES,
  ...COMMITMENT_ENTITIES,
  ...MEETING_ENTITIES,
  ...ENGAGEMENT_ENTITIES,
];

/** Schema changes of the read-model bookkeeping (versions from 1001; the store's are below). */
export const READ_MODEL_MIGRATIONS: readonly Migration[] = [createProjectionState];
