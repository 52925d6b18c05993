import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { type Connection, nodesOf } from '../api/commitment-line';
import { formatInstant, toLocalInput } from '../components/format';
import { QueryState } from '../components/query-state';
import { ScrollRegion } from '../components/scroll-region';
import type { Route } from '../routing/route';
import { navigate } from '../routing/use-route';

interface ChangeEntry {
  readonly eventId: string;
  readonly eventType: string;
  readonly streamId: string;
  readonly actor: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: Readonly<Record<string, unknown>>;
}

const CHANGES: TypedDocumentNode<
  { auditLog: Connection<ChangeEntry> & { pageInfo: { hasNextPage: boolean } } },
  { partnershipId: string; from: string; to: string }
> = gql`
  query Changes($partnershipId: String!, $from: DateTime!, $to: DateTime!) {
    auditLog(partnershipId: $partnershipId, recordedFrom: $from, recordedTo: $to, first: 100) {
      edges {
        node {
          eventId
          eventType
          streamId
          actor
          occurredAt
          recordedAt
          data
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`;

const DAY_MS = 24 * 60 * 60 * 1000;

type ChangesRoute = Extract<Route, { page: 'changes' }>;

/** Why an event happened, as far as it says: the decision it cites, or its reason or note. */
function whyOf(data: ChangeEntry['data']): string {
  const decision = data['decision'] as { decisionId?: string; meetingId?: string } | undefined;
  if (decision?.decisionId)
    return `decision ${decision.decisionId} of meeting ${decision.meetingId ?? '?'}`;
  for (const field of ['rationale', 'reason', 'note']) {
    const value = data[field];
    if (typeof value === 'string' && value) return value;
  }
  return '—';
}

/** "What changed since": every event recorded between two moments, with who and why. */
export function ChangesPage({ route }: { route: ChangesRoute }) {
  const [defaultTo] = useState(() => new Date().toISOString());
  const from = route.from ?? new Date(Date.parse(defaultTo) - DAY_MS).toISOString();
  const to = route.to ?? defaultTo;
  const { data, loading, error } = useQuery(CHANGES, {
    variables: { partnershipId: route.partnershipId, from, to },
  });
  return (
    <>
      <h1 tabIndex={-1}>Changes</h1>
      <PeriodForm from={from} to={to} onChange={(period) => navigate({ ...route, ...period })} />
      <QueryState loading={loading && !data} error={error}>
        {() => {
          const entries = nodesOf(data?.auditLog);
          if (entries.length === 0) return <p>Nothing was recorded between those moments.</p>;
          return (
            <ScrollRegion label="Changes between the two moments">
              <table className="ds_table">
                <caption className="visually-hidden">What changed, who changed it and why</caption>
                <thead>
                  <tr>
                    <th scope="col">Recorded</th>
                    <th scope="col">What</th>
                    <th scope="col">Of</th>
                    <th scope="col">Who</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.eventId}>
                      <td>{formatInstant(entry.recordedAt)}</td>
                      <td>{entry.eventType}</td>
                      <td>{entry.streamId}</td>
                      <td>{entry.actor}</td>
                      <td>{whyOf(entry.data)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {data?.auditLog.pageInfo.hasNextPage && (
                <p>Only the first 100 changes are shown; narrow the period.</p>
              )}
            </ScrollRegion>
          );
        }}
      </QueryState>
    </>
  );
}

function PeriodForm({
  from,
  to,
  onChange,
}: {
  from: string;
  to: string;
  onChange: (period: { from: string; to: string }) => void;
}) {
  const [start, setStart] = useState(toLocalInput(from));
  const [end, setEnd] = useState(toLocalInput(to));
  return (
    <form
      className="concordat-time-travel"
      aria-label="Period"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ from: new Date(start).toISOString(), to: new Date(end).toISOString() });
      }}
    >
      <div className="ds_question">
        <label className="ds_label" htmlFor="changes-from">
          Changes recorded since
        </label>
        <input
          className="ds_input ds_input--fixed-20"
          id="changes-from"
          type="datetime-local"
          step={1}
          value={start}
          onChange={(event) => setStart(event.target.value)}
        />
      </div>
      <div className="ds_question">
        <label className="ds_label" htmlFor="changes-to">
          Up to
        </label>
        <input
          className="ds_input ds_input--fixed-20"
          id="changes-to"
          type="datetime-local"
          step={1}
          value={end}
          onChange={(event) => setEnd(event.target.value)}
        />
      </div>
      <button className="ds_button ds_button--secondary ds_button--small" type="submit">
        Show the changes
      </button>
    </form>
  );
}
