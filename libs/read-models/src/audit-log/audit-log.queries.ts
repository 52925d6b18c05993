import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../infrastructure/cursor';
import { pageFrom, type PageOf, type PageRequest } from '../infrastructure/page';
import { AuditLogEntry } from './audit-log-entry.entity';

/** Each filter given narrows the trail; those left out (or null) keep every entry. */
export interface AuditLogFilter {
  readonly partnershipId?: string | null;
  /**
   * Only the entries of these partnerships, and those of none (the national framework's): what a
   * member of these partnerships may read.
   */
  readonly partnershipIds?: readonly string[] | null;
  readonly streamId?: string | null;
  readonly actor?: string | null;
  readonly eventType?: string | null;
  /** Any of these types. */
  readonly eventTypes?: readonly string[] | null;
  /** Recorded at or after this instant. */
  readonly recordedFrom?: Date | null;
  /** Recorded before this instant. */
  readonly recordedTo?: Date | null;
  /** Happened (as its command told) at or after this instant. */
  readonly occurredFrom?: Date | null;
  /** Happened before this instant. */
  readonly occurredTo?: Date | null;
}

export const auditLogCursor = (entry: AuditLogEntry): string =>
  encodeCursor([entry.globalPosition]);

/** The position or revision a cursor of these lists holds: a whole number, or not our cursor. */
function wholeNumberIn(cursor: string): string {
  const [value = ''] = decodeCursor(cursor, 1);
  if (!/^\d{1,18}$/.test(value)) throw new InvalidCursorError(cursor);
  return value;
}

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
  if (filter.partnershipIds) {
    query.andWhere(
      filter.partnershipIds.length === 0
        ? 'entry.partnershipId IS NULL'
        : '(entry.partnershipId IS NULL OR entry.partnershipId IN (:...partnershipIds))',
      filter,
    );
  }
  if (filter.streamId) query.andWhere('entry.streamId = :streamId', filter);
  if (filter.actor) query.andWhere('entry.actor = :actor', filter);
  if (filter.eventType) query.andWhere('entry.eventType = :eventType', filter);
  if (filter.eventTypes) {
    query.andWhere(
      filter.eventTypes.length === 0 ? 'FALSE' : 'entry.eventType IN (:...eventTypes)',
      filter,
    );
  }
  if (filter.recordedFrom) query.andWhere('entry.recordedAt >= :recordedFrom', filter);
  if (filter.recordedTo) query.andWhere('entry.recordedAt < :recordedTo', filter);
  if (filter.occurredFrom) query.andWhere('entry.occurredAt >= :occurredFrom', filter);
  if (filter.occurredTo) query.andWhere('entry.occurredAt < :occurredTo', filter);
  if (page.after) {
    query.andWhere('entry.globalPosition > :position', { position: wholeNumberIn(page.after) });
  }
  return pageFrom(await query.getMany(), page.first, auditLogCursor);
}

/**
 * The partnership a stream belongs to, as its first event records it (null for a national
 * stream), or null when the audit log holds no event of that stream.
 */
export async function findStreamOwner(
  dataSource: DataSource,
  streamId: string,
): Promise<Pick<AuditLogEntry, 'partnershipId'> | null> {
  return dataSource.getRepository(AuditLogEntry).findOne({
    where: { streamId, streamRevision: '0' },
    // With the key: TypeORM answers null for a row whose every selected column is null.
    select: { globalPosition: true, partnershipId: true },
  });
}

export const streamHistoryCursor = (entry: AuditLogEntry): string =>
  encodeCursor([entry.streamRevision]);

/** One stream's entries in revision order, one page after the cursor. */
export async function listStreamHistory(
  dataSource: DataSource,
  streamId: string,
  page: PageRequest,
): Promise<PageOf<AuditLogEntry>> {
  const query = dataSource
    .getRepository(AuditLogEntry)
    .createQueryBuilder('entry')
    .where('entry.streamId = :streamId', { streamId })
    .orderBy('entry.streamRevision', 'ASC')
    .limit(page.first + 1);
  if (page.after) {
    query.andWhere('entry.streamRevision > :revision', { revision: wholeNumberIn(page.after) });
  }
  return pageFrom(await query.getMany(), page.first, streamHistoryCursor);
}
