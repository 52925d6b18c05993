import type { DataSource, EntityManager } from 'typeorm';
import { EngagementInfluenceRecord } from '@concordat/read-models';

/** A thing in an agreement that engagement can influence. */
export interface InfluenceTargetKey {
  /** local_outcome, commitment, indicator or agreement_section. */
  readonly kind: string;
  /** The outcome, commitment or indicator id; for a section, its national outcome id. */
  readonly id: string;
  readonly agreementId: string;
}

export const influenceTargetKeyOf = (target: InfluenceTargetKey): string =>
  JSON.stringify([target.kind, target.agreementId, target.id]);

/**
 * Batch: every influence recorded on these targets, in the order recorded, in one statement
 * (the read model has `influencesOn` for one target only). Narrows by kind, id and agreement,
 * then drops the few cross combinations no key asked for.
 */
export async function influencesOnTargets(
  reader: DataSource | EntityManager,
  targets: readonly InfluenceTargetKey[],
): Promise<EngagementInfluenceRecord[]> {
  if (targets.length === 0) return [];
  const unique = (values: readonly string[]) => [...new Set(values)];
  const rows = await reader
    .getRepository(EngagementInfluenceRecord)
    .createQueryBuilder('influence')
    .where('influence.targetKind IN (:...kinds)', {
      kinds: unique(targets.map((target) => target.kind)),
    })
    .andWhere('influence.targetId IN (:...ids)', {
      ids: unique(targets.map((target) => target.id)),
    })
    .andWhere('influence.targetAgreementId IN (:...agreementIds)', {
      agreementIds: unique(targets.map((target) => target.agreementId)),
    })
    .orderBy('influence.recordedPosition', 'ASC')
    .getMany();
  const wanted = new Set(targets.map(influenceTargetKeyOf));
  return rows.filter((row) =>
    wanted.has(
      influenceTargetKeyOf({
        kind: row.targetKind,
        id: row.targetId,
        agreementId: row.targetAgreementId,
      }),
    ),
  );
}
