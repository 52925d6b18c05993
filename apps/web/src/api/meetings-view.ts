import { gql, type TypedDocumentNode } from '@apollo/client';
import { COMMITMENT_LINE, type CommitmentLine, type Connection } from './commitment-line';

export interface DecisionLine {
  readonly id: string;
  readonly kind: string;
  readonly decidedOn: string;
  readonly carried: boolean;
  readonly rationale: string;
  readonly vote: {
    readonly for: number;
    readonly against: number;
    readonly abstain: number;
  } | null;
  readonly subjects: readonly {
    readonly kind: string;
    readonly id: string;
    readonly name: string | null;
  }[];
  readonly actions: readonly {
    readonly id: string;
    readonly description: string;
    readonly dueDate: string;
    readonly completedOn: string | null;
    readonly owner: { readonly id: string; readonly name: string | null };
  }[];
}

export interface MeetingLine {
  readonly id: string;
  readonly date: string;
  readonly location: string;
  readonly quorate: boolean;
  readonly attendees: readonly string[];
  readonly decisions: readonly DecisionLine[];
}

export interface BoardSeatLine {
  readonly personId: string;
  readonly name: string;
  readonly isChair: boolean;
}

export interface PartnerLine {
  readonly id: string;
  readonly organisation: string;
}

export interface MeetingsData {
  readonly partnership: {
    readonly board: readonly BoardSeatLine[];
    readonly partners: readonly PartnerLine[];
    readonly meetings: readonly MeetingLine[];
  };
  readonly proposed: Connection<CommitmentLine>;
}

export const MEETINGS: TypedDocumentNode<MeetingsData, { partnershipId: string }> = gql`
  query Meetings($partnershipId: String!) {
    partnership(id: $partnershipId) {
      partners(status: "current") {
        id
        organisation
      }
      board {
        personId
        name
        isChair
      }
      meetings {
        id
        date
        location
        quorate
        attendees
        decisions {
          id
          kind
          decidedOn
          carried
          rationale
          vote {
            for
            against
            abstain
          }
          subjects {
            kind
            id
            name
          }
          actions {
            id
            description
            dueDate
            completedOn
            owner {
              id
              name
            }
          }
        }
      }
    }
    proposed: commitments(partnershipId: $partnershipId, status: [proposed], first: 100) {
      edges {
        node {
          ${COMMITMENT_LINE}
        }
      }
    }
  }
`;
