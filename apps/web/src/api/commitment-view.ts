import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection } from './commitment-line';

export interface CommitmentDetail {
  readonly id: string;
  readonly action: string;
  readonly status: string;
  readonly dueDate: string;
  readonly revision: string;
  readonly agreementId: string;
  readonly localOutcomeTitle: string | null;
  readonly leadPartnerName: string | null;
  readonly accountableOfficer: { readonly name: string; readonly role: string };
  readonly parties: readonly {
    readonly partnerId: string;
    readonly partnerName: string | null;
    readonly isLead: boolean;
    readonly effortPercent: number;
    readonly staffFte: number;
    readonly money: { readonly minorUnits: number; readonly currency: string };
  }[];
  readonly resources: {
    readonly staffFte: number;
    readonly fundingStream: string | null;
    readonly money: { readonly minorUnits: number; readonly currency: string };
  };
  readonly progressReports: readonly {
    readonly eventId: string;
    readonly status: string;
    readonly note: string;
    readonly evidenceUrl: string | null;
    readonly periodStart: string;
    readonly periodEnd: string;
    readonly reportedAt: string;
    readonly reportedBy: string;
  }[];
}

/** One event of the commitment's stream, as the audit log records it. */
export interface TimelineEntry {
  readonly eventId: string;
  readonly eventType: string;
  readonly actor: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly streamRevision: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface AcceptingDecision {
  readonly id: string;
  readonly meetingId: string;
  readonly decidedOn: string;
  readonly carried: boolean;
  readonly rationale: string;
  readonly kind: string;
}

export const COMMITMENT_DETAIL: TypedDocumentNode<
  {
    commitment: CommitmentDetail;
    history: Connection<TimelineEntry>;
    decisions: Connection<AcceptingDecision>;
  },
  { id: string; partnershipId: string }
> = gql`
  query CommitmentDetail($id: String!, $partnershipId: String!) {
    commitment(id: $id) {
      id
      action
      status
      dueDate
      revision
      agreementId
      localOutcomeTitle
      leadPartnerName
      accountableOfficer {
        name
        role
      }
      parties {
        partnerId
        partnerName
        isLead
        effortPercent
        staffFte
        money {
          minorUnits
          currency
        }
      }
      resources {
        staffFte
        fundingStream
        money {
          minorUnits
          currency
        }
      }
      progressReports {
        eventId
        status
        note
        evidenceUrl
        periodStart
        periodEnd
        reportedAt
        reportedBy
      }
    }
    history(aggregate: { kind: COMMITMENT, id: $id }, first: 100) {
      edges {
        node {
          eventId
          eventType
          actor
          occurredAt
          recordedAt
          streamRevision
          data
        }
      }
    }
    decisions(
      partnershipId: $partnershipId
      subjectKind: "commitment"
      subjectId: $id
      first: 100
    ) {
      edges {
        node {
          id
          meetingId
          decidedOn
          carried
          rationale
          kind
        }
      }
    }
  }
`;
