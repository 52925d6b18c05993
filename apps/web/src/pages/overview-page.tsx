import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  COMMITMENT_LINE,
  type CommitmentLine,
  type Connection,
  nodesOf,
} from '../api/commitment-line';
import { CommitmentTable } from '../components/commitment-table';
import { todayIso } from '../components/format';
import { QueryState } from '../components/query-state';
import { ScrollRegion } from '../components/scroll-region';
import { hrefTo, type Route } from '../routing/route';

interface OverviewData {
  readonly partnership: {
    readonly name: string;
    readonly councilArea: string;
    readonly partners: readonly {
      readonly id: string;
      readonly organisation: string;
      readonly sector: string;
      readonly status: string;
      readonly representatives: readonly { personId: string; name: string; role: string }[];
    }[];
    readonly board: readonly {
      readonly personId: string;
      readonly name: string;
      readonly isChair: boolean;
      readonly partner: { organisation: string } | null;
    }[];
    readonly overdueActions: readonly {
      readonly id: string;
      readonly description: string;
      readonly dueDate: string;
      readonly owner: { name: string | null; id: string };
    }[];
  };
  readonly agreements: Connection<{
    id: string;
    title: string;
    status: string;
    periodStart: string;
    periodEnd: string;
  }>;
  readonly troubled: Connection<CommitmentLine>;
  readonly overdue: Connection<CommitmentLine>;
  readonly flagged: Connection<CommitmentLine>;
}

const OVERVIEW: TypedDocumentNode<OverviewData, { id: string; today: string }> = gql`
  query Overview($id: String!, $today: String!) {
    partnership(id: $id) {
      name
      councilArea
      partners {
        id
        organisation
        sector
        status
        representatives {
          personId
          name
          role
        }
      }
      board {
        personId
        name
        isChair
        partner {
          organisation
        }
      }
      overdueActions {
        id
        description
        dueDate
        owner {
          id
          name
        }
      }
    }
    agreements(partnershipId: $id, first: 50) {
      edges {
        node {
          id
          title
          status
          periodStart
          periodEnd
        }
      }
    }
    troubled: commitments(
      partnershipId: $id
      status: [accepted]
      progress: [off_track, at_risk]
      first: 100
    ) {
      edges {
        node {
          ${COMMITMENT_LINE}
        }
      }
    }
    overdue: commitments(partnershipId: $id, status: [accepted], dueBefore: $today, first: 100) {
      edges {
        node {
          ${COMMITMENT_LINE}
        }
      }
    }
    flagged: commitments(partnershipId: $id, flagged: true, first: 100) {
      edges {
        node {
          ${COMMITMENT_LINE}
        }
      }
    }
  }
`;

/** The partnership at a glance: who is in it, its board and agreements, and what needs attention. */
export function OverviewPage({ route }: { route: Extract<Route, { page: 'overview' }> }) {
  const { partnershipId } = route;
  const { data, loading, error } = useQuery(OVERVIEW, {
    variables: { id: partnershipId, today: todayIso() },
  });
  return (
    <>
      <h1 tabIndex={-1}>{data ? data.partnership.name : 'Partnership overview'}</h1>
      <QueryState loading={loading && !data} error={error}>
        {() => data && <Overview partnershipId={partnershipId} data={data} />}
      </QueryState>
    </>
  );
}

function Overview({ partnershipId, data }: { partnershipId: string; data: OverviewData }) {
  const { partnership } = data;
  return (
    <>
      <p className="ds_leader">Community planning partnership for {partnership.councilArea}.</p>
      <h2>What needs attention</h2>
      <h3>Commitments off track or at risk</h3>
      <CommitmentTable
        partnershipId={partnershipId}
        commitments={nodesOf(data.troubled)}
        caption="Commitments off track or at risk"
      />
      <h3>Commitments past their due date and not delivered</h3>
      <CommitmentTable
        partnershipId={partnershipId}
        commitments={nodesOf(data.overdue)}
        caption="Commitments past their due date"
      />
      <h3>Commitments flagged for the board</h3>
      <CommitmentTable
        partnershipId={partnershipId}
        commitments={nodesOf(data.flagged)}
        caption="Commitments flagged for the board"
      />
      <h3>Board actions past due</h3>
      {partnership.overdueActions.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {partnership.overdueActions.map((action) => (
            <li key={action.id}>
              {action.description}: due {action.dueDate}, owner{' '}
              {action.owner.name ?? action.owner.id}
            </li>
          ))}
        </ul>
      )}
      <h2>Agreements</h2>
      <ul className="ds_link-list">
        {nodesOf(data.agreements).map((agreement) => (
          <li key={agreement.id}>
            <a href={hrefTo({ page: 'agreement', partnershipId, agreementId: agreement.id })}>
              {agreement.title}
            </a>{' '}
            ({agreement.periodStart} to {agreement.periodEnd}; {agreement.status})
          </li>
        ))}
      </ul>
      <h2>Partners and their representatives</h2>
      <ScrollRegion label="Partners and their representatives">
        <table className="ds_table">
          <caption className="visually-hidden">Partners and their representatives</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Sector</th>
              <th scope="col">Status</th>
              <th scope="col">Representatives</th>
            </tr>
          </thead>
          <tbody>
            {partnership.partners.map((partner) => (
              <tr key={partner.id}>
                <td>{partner.organisation}</td>
                <td>{partner.sector}</td>
                <td>{partner.status}</td>
                <td>
                  {partner.representatives
                    .map((person) => `${person.name} (${person.role})`)
                    .join('; ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h2>The board</h2>
      <ul>
        {partnership.board.map((seat) => (
          <li key={seat.personId}>
            {seat.name}
            {seat.isChair ? ', chair' : ''}
            {seat.partner ? ` (${seat.partner.organisation})` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
