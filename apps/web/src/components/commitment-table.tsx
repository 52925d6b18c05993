import type { CommitmentLine } from '../api/commitment-line';
import { hrefTo } from '../routing/route';
import { ScrollRegion } from './scroll-region';
import { CommitmentStatusTag, ProgressTag } from './status-tag';

/** Commitments as a table: what, who leads, toward which outcome, by when, and how it stands. */
export function CommitmentTable({
  partnershipId,
  commitments,
  caption,
}: {
  partnershipId: string;
  commitments: readonly CommitmentLine[];
  caption: string;
}) {
  if (commitments.length === 0) return <p>None.</p>;
  return (
    <ScrollRegion label={caption}>
      <table className="ds_table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Commitment</th>
            <th scope="col">Lead partner</th>
            <th scope="col">Local outcome</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col">Latest progress</th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((commitment) => (
            <tr key={commitment.id}>
              <td>
                <a
                  href={hrefTo({ page: 'commitment', partnershipId, commitmentId: commitment.id })}
                >
                  {commitment.action}
                </a>
              </td>
              <td>{commitment.leadPartnerName ?? '—'}</td>
              <td>{commitment.localOutcomeTitle ?? '—'}</td>
              <td>{commitment.dueDate}</td>
              <td>
                <CommitmentStatusTag status={commitment.status} />
              </td>
              <td>
                <ProgressTag status={commitment.latestProgress?.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
