import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useState } from 'react';

interface Change {
  readonly eventType: string;
  readonly actor: string;
  readonly recordedAt: string;
}

const COMMITMENTS_CHANGED: TypedDocumentNode<
  { commitmentsChanged: Change },
  { partnershipId: string }
> = gql`
  subscription CommitmentsChanged($partnershipId: String!) {
    commitmentsChanged(partnershipId: $partnershipId) {
      eventType
      actor
      recordedAt
    }
  }
`;

const DECISIONS_CHANGED: TypedDocumentNode<
  { decisionsChanged: Change },
  { partnershipId: string }
> = gql`
  subscription DecisionsChanged($partnershipId: String!) {
    decisionsChanged(partnershipId: $partnershipId) {
      eventType
      actor
      recordedAt
    }
  }
`;

/**
 * Keeps every page current: when an event about the partnership's commitments or board arrives,
 * the queries on screen are fetched again, and the change is announced politely.
 */
export function LiveUpdates({ partnershipId }: { partnershipId: string }) {
  const client = useApolloClient();
  const [latest, setLatest] = useState<Change>();
  const onChange = (change: Change | undefined) => {
    if (!change) return;
    setLatest(change);
    void client.refetchQueries({ include: 'active' });
  };
  useSubscription(COMMITMENTS_CHANGED, {
    variables: { partnershipId },
    onData: ({ data }) => onChange(data.data?.commitmentsChanged),
  });
  useSubscription(DECISIONS_CHANGED, {
    variables: { partnershipId },
    onData: ({ data }) => onChange(data.data?.decisionsChanged),
  });
  return (
    <p className="concordat-live" role="status" aria-live="polite">
      {latest
        ? `Updated live: ${latest.eventType} by ${latest.actor} at ${new Date(latest.recordedAt).toLocaleTimeString('en-GB')}`
        : 'Live updates on'}
    </p>
  );
}
