import type { CommitmentParty, CommitmentProgressStatus } from '@concordat/domain';
import type { CommitmentStatus } from './commitments.projection';

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

/** What the matrix needs to know of one commitment, wherever it was read from. */
export interface MatrixCommitment {
  readonly commitmentId: string;
  readonly agreementId: string;
  readonly localOutcomeId: string;
  readonly status: CommitmentStatus;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
  readonly latestProgress: CommitmentProgressStatus | null;
  readonly parties: readonly Pick<CommitmentParty, 'partnerId' | 'money' | 'staffFte'>[];
}

/** A withdrawn, rejected or lapsed commitment stays in its cell but pledges nothing. */
const PLEDGING: ReadonlySet<CommitmentStatus> = new Set(['proposed', 'accepted', 'delivered']);

/** Ids compare code unit by code unit, as the read model's COLLATE "C" columns do. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One partner's part of one commitment. */
interface Share extends Pick<CommitmentParty, 'partnerId' | 'money' | 'staffFte'> {
  readonly commitment: MatrixCommitment;
}

/**
 * Who committed what to which outcome, from the commitments of one partnership: a cell per
 * partner and local outcome (with the outcome's agreement) holding every commitment the partner
 * is a party to there, with its status and latest progress, and the partner's resources pledged
 * and delivered. Cells are ordered by partner id, agreement id, then outcome id; the commitments
 * in a cell by due date, then id. The live matrix and the matrix as of a past instant are both
 * computed here, so they cannot differ in how they count.
 */
export function accountabilityCells(
  commitments: readonly MatrixCommitment[],
): AccountabilityCell[] {
  const shares = new Map<string, Share[]>();
  for (const commitment of commitments) {
    for (const party of commitment.parties) {
      const key = [party.partnerId, commitment.agreementId, commitment.localOutcomeId].join('\0');
      const share = { ...party, commitment };
      const cell = shares.get(key);
      if (cell) cell.push(share);
      else shares.set(key, [share]);
    }
  }
  return [...shares.values()]
    .map(cellOf)
    .sort(
      (a, b) =>
        byText(a.partnerId, b.partnerId) ||
        byText(a.agreementId, b.agreementId) ||
        byText(a.localOutcomeId, b.localOutcomeId),
    );
}

function cellOf(shares: readonly Share[]): AccountabilityCell {
  const [first] = shares;
  if (!first) throw new RangeError('a cell holds at least one commitment');
  const single = new Set(shares.map((share) => share.money.currency)).size === 1;
  const sum = (counted: readonly Share[]): AccountabilityResources => ({
    minorUnits: single ? counted.reduce((total, share) => total + share.money.minorUnits, 0) : null,
    currency: single ? first.money.currency : null,
    // In hundredths, as the domain keeps FTE to two decimals: 0.1 + 0.2 must make 0.3.
    staffFte: counted.reduce((total, share) => total + Math.round(share.staffFte * 100), 0) / 100,
  });
  return {
    partnerId: first.partnerId,
    agreementId: first.commitment.agreementId,
    localOutcomeId: first.commitment.localOutcomeId,
    commitments: shares
      .map(({ commitment }) => commitment)
      .sort((a, b) => byText(a.dueDate, b.dueDate) || byText(a.commitmentId, b.commitmentId))
      .map(({ commitmentId, status, latestProgress }) => ({
        commitmentId,
        status,
        latestProgress,
      })),
    pledged: sum(shares.filter((share) => PLEDGING.has(share.commitment.status))),
    delivered: sum(shares.filter((share) => share.commitment.status === 'delivered')),
  };
}
