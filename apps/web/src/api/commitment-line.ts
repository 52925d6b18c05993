/** What a list of commitments shows of each. */
export interface CommitmentLine {
  readonly id: string;
  readonly action: string;
  readonly status: string;
  readonly dueDate: string;
  readonly leadPartnerName: string | null;
  readonly localOutcomeTitle: string | null;
  readonly latestProgress: { readonly status: string } | null;
}

/**
 * The fields of a CommitmentLine, written into each query rather than spread as a fragment: the
 * API's query cost limit weighs fragment spreads far above the same fields written inline.
 */
export const COMMITMENT_LINE = `
  id
  action
  status
  dueDate
  leadPartnerName
  localOutcomeTitle
  latestProgress { status }
`;

export interface Connection<T> {
  readonly edges: readonly { readonly node: T }[];
}

export function nodesOf<T>(connection: Connection<T> | undefined): T[] {
  return connection?.edges.map((edge) => edge.node) ?? [];
}
