import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { type Connection, nodesOf } from '../api/commitment-line';
import { formatInstant, todayIso } from '../components/format';
import { QueryState } from '../components/query-state';
import { saveFile } from '../components/save-file';
import { ErrorSummary, SelectField, TextField } from '../forms/fields';
import { commandErrorsOf, NO_ERRORS } from '../forms/command-errors';
import type { Route } from '../routing/route';
import type { Session } from '../session/session';
import { EvidenceDownload } from './evidence-download';

interface Checkpoint {
  readonly treeSize: string;
  readonly lastPosition: string;
  readonly issuedAt: string;
  readonly keyId: string;
  readonly rootHash: string;
}

const AUDIT: TypedDocumentNode<
  {
    checkpoints: Connection<Checkpoint>;
    checkpointPublicKey: { keyId: string } | null;
    agreements: Connection<{ id: string; title: string; periodStart: string; periodEnd: string }>;
  },
  { partnershipId: string }
> = gql`
  query Audit($partnershipId: String!) {
    checkpoints(first: 100) {
      edges {
        node {
          treeSize
          lastPosition
          issuedAt
          keyId
          rootHash
        }
      }
    }
    checkpointPublicKey {
      keyId
    }
    agreements(partnershipId: $partnershipId, first: 50) {
      edges {
        node {
          id
          title
          periodStart
          periodEnd
        }
      }
    }
  }
`;

const ANNUAL_REPORT: TypedDocumentNode<
  { annualReport: string },
  { agreementId: string; year: number; asKnownAt: string; format: 'HTML' | 'CSV' }
> = gql`
  query AnnualReport(
    $agreementId: String!
    $year: Int!
    $asKnownAt: String!
    $format: ReportFormat!
  ) {
    annualReport(agreementId: $agreementId, year: $year, asKnownAt: $asKnownAt, format: $format)
  }
`;

type AuditRoute = Extract<Route, { page: 'audit' }>;

/** For auditors: how far the log is signed, and the evidence and reports to take away. */
export function AuditPage({ session, route }: { session: Session; route: AuditRoute }) {
  const { data, loading, error } = useQuery(AUDIT, {
    variables: { partnershipId: route.partnershipId },
  });
  return (
    <>
      <h1 tabIndex={-1}>Audit</h1>
      <QueryState loading={loading && !data} error={error}>
        {() => {
          const checkpoints = nodesOf(data?.checkpoints);
          const latest = checkpoints.at(-1);
          return (
            <>
              <h2>Integrity</h2>
              {latest ? (
                <p>
                  The latest signed checkpoint covers the first {latest.treeSize} events of the log
                  (up to position {latest.lastPosition}), issued {formatInstant(latest.issuedAt)}{' '}
                  with key {latest.keyId}. Root hash:{' '}
                  <code className="concordat-hash">{latest.rootHash}</code>.
                </p>
              ) : (
                <p>
                  No checkpoint has been signed yet
                  {data?.checkpointPublicKey ? '.' : ': this server has no signing key configured.'}
                </p>
              )}
              <EvidenceDownload
                session={session}
                partnershipId={route.partnershipId}
                signed={latest !== undefined}
              />
              <ReportDownload agreements={nodesOf(data?.agreements)} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

const FORM = 'report';

function ReportDownload({
  agreements,
}: {
  agreements: readonly { id: string; title: string; periodStart: string; periodEnd: string }[];
}) {
  const client = useApolloClient();
  const [agreementId, setAgreementId] = useState(agreements[0]?.id ?? '');
  const agreement = agreements.find((candidate) => candidate.id === agreementId);
  const years = reportingYears(agreement?.periodStart, agreement?.periodEnd);
  const [year, setYear] = useState(String(years[0] ?? ''));
  const [format, setFormat] = useState<'HTML' | 'CSV'>('HTML');
  const [asKnownAt, setAsKnownAt] = useState(todayIso());
  const [errors, setErrors] = useState(NO_ERRORS);
  const download = async () => {
    try {
      const { data } = await client.query({
        query: ANNUAL_REPORT,
        variables: { agreementId, year: Number(year), asKnownAt, format },
        fetchPolicy: 'network-only',
      });
      if (!data) return;
      saveFile(
        `annual-report-${agreementId}-${year}.${format.toLowerCase()}`,
        new Blob([data.annualReport], { type: format === 'HTML' ? 'text/html' : 'text/csv' }),
      );
      setErrors(NO_ERRORS);
    } catch (error: unknown) {
      setErrors(commandErrorsOf(error));
    }
  };
  return (
    <section aria-labelledby="report-heading" className="concordat-form">
      <h2 id="report-heading">Annual progress report</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void download();
        }}
      >
        <ErrorSummary form={FORM} errors={errors} />
        <SelectField
          form={FORM}
          name="agreementId"
          label="Agreement"
          value={agreementId}
          onChange={setAgreementId}
          options={agreements.map((candidate) => ({ value: candidate.id, label: candidate.title }))}
          errors={errors}
        />
        <SelectField
          form={FORM}
          name="year"
          label="Reporting year"
          value={year}
          onChange={setYear}
          options={years.map((start) => ({
            value: String(start),
            label: `${start}-${String(start + 1).slice(2)}`,
          }))}
          errors={errors}
        />
        <TextField
          form={FORM}
          name="asKnownAt"
          label="As known at the end of"
          type="date"
          value={asKnownAt}
          onChange={setAsKnownAt}
          errors={errors}
        />
        <SelectField
          form={FORM}
          name="format"
          label="Format"
          value={format}
          onChange={(value) => setFormat(value === 'CSV' ? 'CSV' : 'HTML')}
          options={[
            { value: 'HTML', label: 'HTML (to read or print)' },
            { value: 'CSV', label: 'CSV (for a spreadsheet)' },
          ]}
          errors={errors}
        />
        <button className="ds_button" type="submit">
          Download the report
        </button>
      </form>
    </section>
  );
}

/** Reporting years run from 1 April; each year of the agreement's period that one starts in. */
function reportingYears(periodStart: string | undefined, periodEnd: string | undefined): number[] {
  if (!periodStart || !periodEnd) return [];
  const first = Number(periodStart.slice(0, 4)) - (periodStart.slice(5) < '04-01' ? 1 : 0);
  const last = Number(periodEnd.slice(0, 4)) - (periodEnd.slice(5) < '04-01' ? 1 : 0);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}
