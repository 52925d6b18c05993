import type { CommitmentProgressStatus } from '@concordat/domain';
import type { CommitmentStatus } from './commitments.projection';
import { COMMITMENTS_SCHEMA, type CommitmentsReadSource } from './commitments.queries';

/** Resources summed over a cell's commitments, from the partner's own shares. */
export interface AccountabilityResources {
  /**
   * Minor units (pence for GBP). Null, with the currency, only if the cell's commitments are in
   * more than one currency, which cannot be summed.
   */
  readonly minorUnits: number | null;
  readonly currency: string | null;
  readonly staffFte: number;
}

export interface AccountabilityCellCommitment {
  readonly commitmentId: string;
  readonly status: CommitmentStatus;
  /** The status of the latest progress report, or null before the first. */
  readonly latestProgress: CommitmentProgressStatus | null;
}

/** One cell of the matrix: what one partner committed to one local outcome. */
export interface AccountabilityCell {
  readonly partnerId: string;
  /** The agreement the outcome belongs to, for looking up its title. */
  readonly agreementId: string;
  readonly localOutcomeId: string;
  /** Every commitment the partner is a party to (lead or not) under the outcome, by due date. */
  readonly commitments: readonly AccountabilityCellCommitment[];
  /** The partner's shares of the proposed, accepted and delivered commitments. */
  readonly pledged: AccountabilityResources;
  /** The partner's shares of the delivered commitments. */
  readonly delivered: AccountabilityResources;
}

export interface AccountabilityMatrixOptions {
  /** Only the outcomes of this agreement; by default every agreement of the partnership. */
  readonly agreementId?: string | null;
}

interface CellRecord {
  partner_id: string;
  agreement_id: string;
  local_outcome_id: string;
  commitments: string;
  pledged_minor_units: string;
  pledged_staff_fte: string;
  delivered_minor_units: string;
  delivered_staff_fte: string;
  currency: string;
  currencies: number | string;
}

/**
 * Who committed what to which outcome: partner by local outcome, every commitment in each cell
 * with its status and latest progress, and the partner's resources pledged and delivered. One
 * query, grouped by partner and outcome (with the outcome's agreement); ids only (names and
 * titles come from the partnerships and agreements read models). Cells are ordered by partner
 * id, agreement id, then outcome id.
 */
export async function accountabilityMatrix(
  source: CommitmentsReadSource,
  partnershipId: string,
  options: AccountabilityMatrixOptions = {},
): Promise<AccountabilityCell[]> {
  const params: unknown[] = [partnershipId];
  if (options.agreementId) params.push(options.agreementId);
  const rows: CellRecord[] = await source.query(
    `SELECT p.partner_id, c.agreement_id, c.local_outcome_id,
            json_agg(json_build_object(
              'commitmentId', c.commitment_id,
              'status', c.status,
              'latestProgress', c.latest_progress_status)
              ORDER BY c.due_date, c.commitment_id)::text AS commitments,
            coalesce(sum(p.money_minor_units) FILTER (WHERE c.status IN
              ('proposed', 'accepted', 'delivered')), 0)::text AS pledged_minor_units,
            coalesce(sum(p.staff_fte) FILTER (WHERE c.status IN
              ('proposed', 'accepted', 'delivered')), 0)::text AS pledged_staff_fte,
            coalesce(sum(p.money_minor_units) FILTER (WHERE c.status = 'delivered'), 0)::text
              AS delivered_minor_units,
            coalesce(sum(p.staff_fte) FILTER (WHERE c.status = 'delivered'), 0)::text
              AS delivered_staff_fte,
            min(p.currency) AS currency,
            count(DISTINCT p.currency) AS currencies
       FROM ${COMMITMENTS_SCHEMA}.commitments c
       JOIN ${COMMITMENTS_SCHEMA}.commitment_parties p ON p.commitment_id = c.commitment_id
      WHERE c.partnership_id = $1 ${options.agreementId ? 'AND c.agreement_id = $2' : ''}
      GROUP BY p.partner_id, c.agreement_id, c.local_outcome_id
      ORDER BY p.partner_id, c.agreement_id, c.local_outcome_id`,
    params,
  );
  return rows.map((row) => {
    const single = Number(row.currencies) === 1;
    const resources = (minorUnits: string, staffFte: string): AccountabilityResources => ({
      minorUnits: single ? Number(minorUnits) : null,
      currency: single ? row.currency : null,
      staffFte: Number(staffFte),
    });
    return {
      partnerId: row.partner_id,
      agreementId: row.agreement_id,
      localOutcomeId: row.local_outcome_id,
      commitments: JSON.parse(row.commitments) as AccountabilityCellCommitment[],
      pledged: resources(row.pledged_minor_units, row.pledged_staff_fte),
      delivered: resources(row.delivered_minor_units, row.delivered_staff_fte),
    };
  });
}
