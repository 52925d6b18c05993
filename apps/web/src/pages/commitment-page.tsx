import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { nodesOf } from '../api/commitment-line';
import { COMMITMENT_DETAIL, type CommitmentDetail } from '../api/commitment-view';
import { formatFte, formatInstant, formatMoney } from '../components/format';
import { QueryState } from '../components/query-state';
import { ScrollRegion } from '../components/scroll-region';
import { CommitmentStatusTag, ProgressTag } from '../components/status-tag';
import { AcceptCommitmentForm } from '../forms/accept-commitment-form';
import { ReportProgressForm } from '../forms/report-progress-form';
import { hrefTo, type Route } from '../routing/route';
import { mayIssue } from '../session/permissions';
import type { Session } from '../session/session';
import { CommitmentTimeline } from './commitment-timeline';

type CommitmentRoute = Extract<Route, { page: 'commitment' }>;

/** One commitment: its terms, its timeline from the event history, its progress, and what to do next. */
export function CommitmentPage({ session, route }: { session: Session; route: CommitmentRoute }) {
  const { partnershipId, commitmentId } = route;
  const { data, loading, error } = useQuery(COMMITMENT_DETAIL, {
    variables: { id: commitmentId, partnershipId },
  });
  const commitment = data?.commitment;
  const target = {
    partnershipId,
    commitmentParties: commitment?.parties.map((party) => party.partnerId),
  };
  return (
    <>
      <h1 tabIndex={-1}>{commitment?.action ?? 'Commitment'}</h1>
      <QueryState loading={loading && !data} error={error}>
        {() =>
          data &&
          commitment && (
            <>
              <Terms partnershipId={partnershipId} commitment={commitment} />
              {commitment.status === 'proposed' &&
                mayIssue(session, 'AcceptCommitment', target) && (
                  <AcceptCommitmentForm
                    partnershipId={partnershipId}
                    commitment={commitment}
                    decisions={nodesOf(data.decisions)}
                  />
                )}
              {commitment.status === 'accepted' &&
                mayIssue(session, 'ReportCommitmentProgress', target) && (
                  <ReportProgressForm partnershipId={partnershipId} commitment={commitment} />
                )}
              <h2>Timeline</h2>
              <CommitmentTimeline partnershipId={partnershipId} entries={nodesOf(data.history)} />
              <h2>Progress reports</h2>
              <ProgressReports commitment={commitment} />
            </>
          )
        }
      </QueryState>
    </>
  );
}

function Terms({
  partnershipId,
  commitment,
}: {
  partnershipId: string;
  commitment: CommitmentDetail;
}) {
  return (
    <>
      <dl className="ds_summary-list">
        <Term label="Status">
          <CommitmentStatusTag status={commitment.status} />
        </Term>
        <Term label="Local outcome">
          <a
            href={hrefTo({ page: 'agreement', partnershipId, agreementId: commitment.agreementId })}
          >
            {commitment.localOutcomeTitle ?? commitment.agreementId}
          </a>
        </Term>
        <Term label="Lead partner">{commitment.leadPartnerName ?? '—'}</Term>
        <Term label="Accountable officer">
          {commitment.accountableOfficer.name}, {commitment.accountableOfficer.role}
        </Term>
        <Term label="Due">{commitment.dueDate}</Term>
        <Term label="Resources">
          {formatMoney(commitment.resources.money.minorUnits, commitment.resources.money.currency)}
          {commitment.resources.fundingStream
            ? ` from ${commitment.resources.fundingStream}`
            : ''}, {formatFte(commitment.resources.staffFte)}
        </Term>
      </dl>
      <h2>Parties</h2>
      <ScrollRegion label="Parties to the commitment">
        <table className="ds_table">
          <caption className="visually-hidden">Parties to the commitment and their shares</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Share of effort</th>
              <th scope="col">Staff</th>
              <th scope="col">Money</th>
            </tr>
          </thead>
          <tbody>
            {commitment.parties.map((party) => (
              <tr key={party.partnerId}>
                <td>
                  {party.partnerName ?? party.partnerId}
                  {party.isLead ? ' (lead)' : ''}
                </td>
                <td>{party.effortPercent}%</td>
                <td>{formatFte(party.staffFte)}</td>
                <td>{formatMoney(party.money.minorUnits, party.money.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="ds_summary-list__item">
      <dt className="ds_summary-list__key">{label}</dt>
      <dd className="ds_summary-list__value">{children}</dd>
    </div>
  );
}

function ProgressReports({ commitment }: { commitment: CommitmentDetail }) {
  if (commitment.progressReports.length === 0) return <p>No progress reported yet.</p>;
  return (
    <ul className="concordat-reports">
      {commitment.progressReports.map((report) => (
        <li key={report.eventId}>
          <ProgressTag status={report.status} /> {report.periodStart} to {report.periodEnd},
          reported {formatInstant(report.reportedAt)} by {report.reportedBy}. {report.note}{' '}
          {report.evidenceUrl && (
            <a href={report.evidenceUrl} rel="noreferrer" target="_blank">
              Evidence (opens in a new tab)
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
