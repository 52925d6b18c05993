import type { CommitmentProgressStatus } from '@concordat/domain';
import {
  accountabilityCells,
  type AccountabilityCell,
  type MatrixCommitment,
} from './accountability-cells';
import type { CommitmentStatus } from './commitments.projection';
import { COMMITMENTS_SCHEMA, type CommitmentsReadSource } from './commitments.queries';

export {
  accountabilityCells,
  type AccountabilityCell,
  type AccountabilityCellCommitment,
  type AccountabilityResources,
  type MatrixCommitment,
} from './accountability-cells';

export interface AccountabilityMatrixOptions {
  /** Only the outcomes of this agreement; by default every agreement of the partnership. */
  readonly agreementId?: string | null;
}

interface ShareRecord {
  commitment_id: string;
  agreement_id: string;
  local_outcome_id: string;
  status: CommitmentStatus;
  due_date: string;
  latest_progress_status: CommitmentProgressStatus | null;
  partner_id: string;
  money_minor_units: string;
  currency: string;
  staff_fte: string;
}

/**
 * Who committed what to which outcome: partner by local outcome, every commitment in each cell
 * with its status and latest progress, and the partner's resources pledged and delivered (see
 * accountabilityCells). One query for every party of the partnership's commitments; ids only
 * (names and titles come from the partnerships and agreements read models).
 */
export async function accountabilityMatrix(
  source: CommitmentsReadSource,
  partnershipId: string,
  options: AccountabilityMatrixOptions = {},
): Promise<AccountabilityCell[]> {
  const params: unknown[] = [partnershipId];
  if (options.agreementId) params.push(options.agreementId);
  const rows: ShareRecord[] = await source.query(
    `SELECT c.commitment_id, c.agreement_id, c.local_outcome_id, c.status,
            c.due_date::text AS due_date, c.latest_progress_status, p.partner_id,
            p.money_minor_units::text AS money_minor_units, p.currency,
            p.staff_fte::text AS staff_fte
       FROM ${COMMITMENTS_SCHEMA}.commitments c
       JOIN ${COMMITMENTS_SCHEMA}.commitment_parties p ON p.commitment_id = c.commitment_id
      WHERE c.partnership_id = $1 ${options.agreementId ? 'AND c.agreement_id = $2' : ''}
      ORDER BY c.commitment_id, p.position`,
    params,
  );
  const commitments = new Map<string, MatrixCommitment>();
  for (const row of rows) {
    const party = {
      partnerId: row.partner_id,
      money: { minorUnits: Number(row.money_minor_units), currency: row.currency },
      staffFte: Number(row.staff_fte),
    };
    const commitment = commitments.get(row.commitment_id);
    commitments.set(row.commitment_id, {
      commitmentId: row.commitment_id,
      agreementId: row.agreement_id,
      localOutcomeId: row.local_outcome_id,
      status: row.status,
      dueDate: row.due_date,
      latestProgress: row.latest_progress_status,
      parties: [...(commitment?.parties ?? []), party],
    });
  }
  return accountabilityCells([...commitments.values()]);
}
