import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { QueryState } from '../components/query-state';
import { hrefTo } from '../routing/route';
import { rolesOf, type Session } from '../session/session';

interface AgreementSummary {
  readonly id: string;
  readonly title: string;
  readonly partnershipId: string;
  readonly periodStart: string;
  readonly periodEnd: string;
}

const HOME: TypedDocumentNode<
  {
    partnerships?: { edges: { node: { id: string; name: string; councilArea: string } }[] };
    agreements: { edges: { node: AgreementSummary }[] };
  },
  { member: boolean }
> = gql`
  query Home($member: Boolean!) {
    partnerships(first: 100) @include(if: $member) {
      edges {
        node {
          id
          name
          councilArea
        }
      }
    }
    agreements(first: 100, status: "agreed") {
      edges {
        node {
          id
          title
          partnershipId
          periodStart
          periodEnd
        }
      }
    }
  }
`;

/** The partnerships the signed-in person reads; the public sees the agreed agreements. */
export function HomePage({ session }: { session: Session }) {
  const member = rolesOf(session).some((role) => role !== 'public');
  const { data, loading, error } = useQuery(HOME, { variables: { member } });
  return (
    <>
      <h1 tabIndex={-1}>Community planning partnerships</h1>
      <QueryState loading={loading && !data} error={error}>
        {() => (
          <>
            {member && (
              <ul className="ds_link-list">
                {data?.partnerships?.edges.map(({ node }) => (
                  <li key={node.id}>
                    <a href={hrefTo({ page: 'overview', partnershipId: node.id })}>{node.name}</a> (
                    {node.councilArea})
                  </li>
                ))}
              </ul>
            )}
            <h2>Agreed agreements</h2>
            <ul className="ds_link-list">
              {data?.agreements.edges.map(({ node }) => (
                <li key={node.id}>
                  <a
                    href={hrefTo({
                      page: 'agreement',
                      partnershipId: node.partnershipId,
                      agreementId: node.id,
                    })}
                  >
                    {node.title}
                  </a>{' '}
                  ({node.periodStart} to {node.periodEnd})
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </>
  );
}
