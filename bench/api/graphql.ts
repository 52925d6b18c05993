/** One GraphQL request over HTTP that must succeed; returns its data. */
export async function graphql<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || body.errors || body.data === undefined) {
    throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(body)}`);
  }
  return body.data;
}

export const AGREEMENT_WITH_COMMITMENTS = `
  query ($agreementId: String!, $partnershipId: String!) {
    agreement(id: $agreementId) {
      id title status revision
      localOutcomes { id title status indicators { id title unit } }
    }
    commitments(partnershipId: $partnershipId, agreementId: $agreementId, first: 20) {
      edges { node { id action status dueDate latestProgress { status periodEnd note } } }
    }
  }`;

export const ACCOUNTABILITY_MATRIX = `
  query ($partnershipId: String!) {
    accountabilityMatrix(partnershipId: $partnershipId) {
      partners { id name }
      outcomes { id title }
      cells { partnerId localOutcomeId commitments { id status latestProgress } }
    }
  }`;

export const AUDIT_TRAIL_PAGE = `
  query ($partnershipId: String!) {
    auditLog(partnershipId: $partnershipId, first: 20) {
      edges { node { eventId eventType globalPosition actor hash } }
    }
  }`;

export const AGREEMENT_AS_OF = `
  query ($agreementId: String!, $instant: DateTime!) {
    agreementAsOf(id: $agreementId, at: { instant: $instant }) {
      id revision status sections { nationalOutcomeId ordinal written }
    }
  }`;

export const RECORD_OBSERVATION = `
  mutation ($input: RecordIndicatorObservationInput!) {
    recordIndicatorObservation(input: $input) { __typename }
  }`;

export const PROJECTION_STATUS = `{ projections { name caughtUp } }`;
