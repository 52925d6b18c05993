import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  COMMITMENT_LINE,
  type CommitmentLine,
  type Connection,
  nodesOf,
} from '../api/commitment-line';
import { CommitmentTable } from '../components/commitment-table';
import { formatFte, formatMoney } from '../components/format';
import { QueryState } from '../components/query-state';
import { ScrollRegion } from '../components/scroll-region';
import { CommitmentStatusTag, ProgressTag } from '../components/status-tag';
import { TimeTravelControl } from '../components/time-travel-control';
import type { Route } from '../routing/route';
import { navigate } from '../routing/use-route';

interface Resources {
  readonly staffFte: number;
  readonly minorUnits: number | null;
  readonly currency: string | null;
}

interface Cell {
  readonly agreementId: string;
  readonly localOutcomeId: string;
  readonly partnerId: string;
  readonly commitments: readonly { id: string; status: string; latestProgress: string | null }[];
  readonly pledged: Resources;
  readonly delivered: Resources;
}

interface Matrix {
  readonly partners: readonly { id: string; name: string | null }[];
  readonly outcomes: readonly { id: string; agreementId: string; title: string | null }[];
  readonly cells: readonly Cell[];
}

const MATRIX_FIELDS = `
  partners { id name }
  outcomes { id agreementId title }
  cells {
    agreementId
    localOutcomeId
    partnerId
    commitments { id status latestProgress }
    pledged { staffFte minorUnits currency }
    delivered { staffFte minorUnits currency }
  }
`;

const MATRIX_NOW: TypedDocumentNode<
  { accountabilityMatrix: Matrix },
  { partnershipId: string; agreementId?: string }
> = gql`
  query MatrixNow($partnershipId: String!, $agreementId: String) {
    accountabilityMatrix(partnershipId: $partnershipId, agreementId: $agreementId) {
      ${MATRIX_FIELDS}
    }
  }
`;

const MATRIX_AS_OF: TypedDocumentNode<
  { accountabilityMatrixAsOf: Matrix },
  { partnershipId: string; agreementId?: string; instant: string }
> = gql`
  query MatrixAsOf($partnershipId: String!, $agreementId: String, $instant: DateTime!) {
    accountabilityMatrixAsOf(
      partnershipId: $partnershipId
      agreementId: $agreementId
      at: { instant: $instant }
    ) {
      ${MATRIX_FIELDS}
    }
  }
`;

const CELL_COMMITMENTS: TypedDocumentNode<
  { commitments: Connection<CommitmentLine> },
  { partnershipId: string; partnerId: string; agreementId: string; localOutcomeId: string }
> = gql`
  query CellCommitments(
    $partnershipId: String!
    $partnerId: String!
    $agreementId: String!
    $localOutcomeId: String!
  ) {
    commitments(
      partnershipId: $partnershipId
      partnerId: $partnerId
      agreementId: $agreementId
      localOutcomeId: $localOutcomeId
      first: 100
    ) {
      edges {
        node {
          ${COMMITMENT_LINE}
        }
      }
    }
  }
`;

type MatrixRoute = Extract<Route, { page: 'matrix' }>;

/** Partners across, outcomes down: who committed to what, how it stands, and what it costs. */
export function MatrixPage({ route }: { route: MatrixRoute }) {
  const { partnershipId, agreementId, asOf } = route;
  const now = useQuery(MATRIX_NOW, {
    variables: { partnershipId, agreementId },
    skip: Boolean(asOf),
  });
  const past = useQuery(MATRIX_AS_OF, {
    variables: { partnershipId, agreementId, instant: asOf ?? '' },
    skip: !asOf,
  });
  const matrix = asOf ? past.data?.accountabilityMatrixAsOf : now.data?.accountabilityMatrix;
  const { loading, error } = asOf ? past : now;
  return (
    <>
      <h1 tabIndex={-1}>Accountability matrix</h1>
      <TimeTravelControl
        key={asOf ?? 'now'}
        asOf={asOf}
        onChange={(day) => navigate({ ...route, asOf: day })}
      />
      <QueryState loading={loading && !matrix} error={error}>
        {() =>
          matrix && (
            <MatrixTable partnershipId={partnershipId} matrix={matrix} past={Boolean(asOf)} />
          )
        }
      </QueryState>
    </>
  );
}

function MatrixTable({
  partnershipId,
  matrix,
  past,
}: {
  partnershipId: string;
  matrix: Matrix;
  past: boolean;
}) {
  const [opened, setOpened] = useState<Cell>();
  const cellAt = (outcomeId: string, agreementId: string, partnerId: string) =>
    matrix.cells.find(
      (cell) =>
        cell.localOutcomeId === outcomeId &&
        cell.agreementId === agreementId &&
        cell.partnerId === partnerId,
    );
  const partnerName = (id: string) =>
    matrix.partners.find((partner) => partner.id === id)?.name ?? id;
  const outcomeTitle = (id: string) =>
    matrix.outcomes.find((outcome) => outcome.id === id)?.title ?? id;
  return (
    <>
      <p>
        Each cell lists a partner&apos;s commitments toward a local outcome with their status and
        latest progress, and the resources pledged and delivered. Choose a cell to see the
        commitments behind it.
      </p>
      <ScrollRegion label="Accountability matrix">
        <table className="ds_table concordat-matrix">
          <caption className="visually-hidden">Commitments by local outcome and partner</caption>
          <thead>
            <tr>
              <th scope="col">Local outcome</th>
              {matrix.partners.map((partner) => (
                <th scope="col" key={partner.id}>
                  {partner.name ?? partner.id}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.outcomes.map((outcome) => (
              <tr key={`${outcome.agreementId}/${outcome.id}`}>
                <th scope="row">{outcome.title ?? outcome.id}</th>
                {matrix.partners.map((partner) => {
                  const cell = cellAt(outcome.id, outcome.agreementId, partner.id);
                  return (
                    <td key={partner.id}>
                      {cell && cell.commitments.length > 0 ? (
                        <MatrixCell
                          cell={cell}
                          label={`${partnerName(partner.id)}: ${outcomeTitle(outcome.id)}`}
                          onOpen={() => setOpened(cell)}
                        />
                      ) : (
                        <span className="concordat-empty">None</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {opened && (
        <section aria-labelledby="cell-commitments" className="concordat-cell-detail">
          <h2 id="cell-commitments" tabIndex={-1}>
            {partnerName(opened.partnerId)}: {outcomeTitle(opened.localOutcomeId)}
          </h2>
          {past && <p>The commitments as they stand now; the matrix above shows the past day.</p>}
          <CellCommitments partnershipId={partnershipId} cell={opened} />
        </section>
      )}
    </>
  );
}

function MatrixCell({ cell, label, onOpen }: { cell: Cell; label: string; onOpen: () => void }) {
  return (
    <button
      className="concordat-cell"
      type="button"
      onClick={() => {
        onOpen();
        // The detail appears below the table; take the reader there.
        setTimeout(() => document.getElementById('cell-commitments')?.focus());
      }}
    >
      <span className="visually-hidden">Open the commitments of {label}: </span>
      {cell.commitments.map((commitment) => (
        <span className="concordat-cell__commitment" key={commitment.id}>
          <CommitmentStatusTag status={commitment.status} />{' '}
          {commitment.status === 'accepted' && <ProgressTag status={commitment.latestProgress} />}
        </span>
      ))}
      <span className="concordat-cell__resources">
        Pledged {formatMoney(cell.pledged.minorUnits, cell.pledged.currency)},{' '}
        {formatFte(cell.pledged.staffFte)}
      </span>
      <span className="concordat-cell__resources">
        Delivered {formatMoney(cell.delivered.minorUnits, cell.delivered.currency)},{' '}
        {formatFte(cell.delivered.staffFte)}
      </span>
    </button>
  );
}

function CellCommitments({ partnershipId, cell }: { partnershipId: string; cell: Cell }) {
  const { data, loading, error } = useQuery(CELL_COMMITMENTS, {
    variables: {
      partnershipId,
      partnerId: cell.partnerId,
      agreementId: cell.agreementId,
      localOutcomeId: cell.localOutcomeId,
    },
  });
  return (
    <QueryState loading={loading && !data} error={error}>
      {() => (
        <CommitmentTable
          partnershipId={partnershipId}
          commitments={nodesOf(data?.commitments)}
          caption="The commitments behind this cell"
        />
      )}
    </QueryState>
  );
}
