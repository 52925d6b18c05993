import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from '../infrastructure/cursor';
import { pageFrom, type PageOf, type PageRequest } from '../infrastructure/page';
import { AuditLogEntry } from './audit-log-entry.entity';

export interface AuditLogFilter {
  readonly partnershipId?: string | null;
  readonly streamId?: string | null;
  readonly actor?: string | null;
  readonly eventType?: string | null;
  /** Recorded at or after this instant. */
  readonly recordedFrom?: Date | null;
  /** Recorded before this instant. */
  readonly recordedTo?: Date | null;
}

export const auditLogCursor = (entry: AuditLogEntry): string =>
  encodeCursor([entry.globalPosition]);

/** The audit trail in log order, filtered, one page after the cursor. */
export async function listAuditLog(
  dataSource: DataSource,
  filter: AuditLogFilter,
  page: PageRequest,
): Promise<PageOf<AuditLogEntry>> {
  const query = dataSource
    .getRepository(AuditLogEntry)
    .createQueryBuilder('entry')
    .orderBy('entry.globalPosition', 'ASC')
    .limit(page.first + 1);
  if (filter.partnershipId) query.andWhere('entry.partnershipId = :partnershipId', filter);
  if (filter.streamId) query.andWhere('entry.streamId = :streamId', filter);
  if (filter.actor) query.andWhere('entry.actor = :actor', filter);
  if (filter.eventType) query.andWhere('entry.eventType = :eventType', filter);
  if (filter.recordedFrom) query.andWhere('entry.recordedAt >= :recordedFrom', filter);
  if (filter.recordedTo) query.andWhere('entry.recordedAt < :recordedTo', filter);
  if (page.after) {
    const [position] = decodeCursor(page.after, 1);
    query.andWhere('entry.globalPosition > :position', { position });
  }
  return pageFrom(await query.getMany(), page.first, auditLogCursor);
}
