import type { DataSource } from 'typeorm';
import {
  DecisionActionEntity,
  DecisionEntity,
  MeetingEntity,
  type DecisionKey,
} from '@concordat/read-models';

/**
 * The keys of many partnerships' meetings, decisions and overdue actions in one statement each.
 * The read model pages these lists one partnership at a time; nested under a list of
 * partnerships they are batched instead: these select the keys for every partnership at once,
 * and the read model's batch lookups (meetingsByIds, decisionsByKeys, actionsOfDecisions) then
 * fetch the rows in its own shape.
 */

export interface DecisionsOfPartnershipsFilter {
  readonly kind: string | null;
  readonly decidedFrom: string | null;
  readonly decidedTo: string | null;
}

export interface ActionKey extends DecisionKey {
  readonly actionId: string;
}

export async function meetingIdsOfPartnerships(
  source: DataSource,
  partnershipIds: readonly string[],
  from: string | null,
  to: string | null,
): Promise<string[]> {
  if (partnershipIds.length === 0) return [];
  const query = source
    .getRepository(MeetingEntity)
    .createQueryBuilder('meeting')
    .select('meeting.meetingId', 'meetingId')
    .where('meeting.partnershipId IN (:...partnershipIds)', { partnershipIds });
  if (from) query.andWhere('meeting.date >= :from', { from });
  if (to) query.andWhere('meeting.date <= :to', { to });
  const rows = await query.getRawMany<{ meetingId: string }>();
  return rows.map((row) => row.meetingId);
}

export async function decisionKeysOfPartnerships(
  source: DataSource,
  partnershipIds: readonly string[],
  filter: DecisionsOfPartnershipsFilter,
): Promise<DecisionKey[]> {
  if (partnershipIds.length === 0) return [];
  const query = source
    .getRepository(DecisionEntity)
    .createQueryBuilder('decision')
    .select('decision.meetingId', 'meetingId')
    .addSelect('decision.decisionId', 'decisionId')
    .where('decision.partnershipId IN (:...partnershipIds)', { partnershipIds });
  if (filter.kind) query.andWhere('decision.kind = :kind', { kind: filter.kind });
  if (filter.decidedFrom) {
    query.andWhere('decision.decidedOn >= :decidedFrom', { decidedFrom: filter.decidedFrom });
  }
  if (filter.decidedTo) {
    query.andWhere('decision.decidedOn <= :decidedTo', { decidedTo: filter.decidedTo });
  }
  return query.getRawMany<DecisionKey>();
}

/** The same test as the read model's actionsOverdue, for many partnerships at once. */
export async function overdueActionKeysOfPartnerships(
  source: DataSource,
  partnershipIds: readonly string[],
  asOf: string,
): Promise<ActionKey[]> {
  if (partnershipIds.length === 0) return [];
  return source
    .getRepository(DecisionActionEntity)
    .createQueryBuilder('action')
    .innerJoin(MeetingEntity, 'meeting', 'meeting.meetingId = action.meetingId')
    .select('action.meetingId', 'meetingId')
    .addSelect('action.decisionId', 'decisionId')
    .addSelect('action.actionId', 'actionId')
    .where('action.partnershipId IN (:...partnershipIds)', { partnershipIds })
    .andWhere('action.dueDate < :asOf', { asOf })
    .andWhere('(action.completedOn IS NULL OR action.completedOn > :asOf)', { asOf })
    .andWhere('meeting.date <= :asOf', { asOf })
    .getRawMany<ActionKey>();
}
