import { gql, type TypedDocumentNode } from '@apollo/client';
import { COMMITMENT_LINE, type CommitmentLine, type Connection, nodesOf } from './commitment-line';

interface Measurement {
  readonly date: string;
  readonly value: number;
}

interface Observation {
  readonly period: string;
  readonly periodEnd: string;
  readonly value: number;
}

interface Standing {
  readonly rag: string | null;
  readonly trend: string | null;
  readonly latest: { readonly period: string; readonly value: number } | null;
}

/** An indicator as the agreement page shows it, now or as it stood. */
export interface IndicatorView extends Standing {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly direction: string;
  readonly baseline: Measurement;
  readonly target: Measurement;
  readonly observations: readonly Observation[];
}

export interface OutcomeView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly status: string;
  readonly indicators: readonly IndicatorView[];
}

export interface SectionView {
  readonly nationalOutcomeId: string;
  readonly nationalOutcomeTitle: string;
  readonly localPriority: string | null;
  readonly outcomes: readonly OutcomeView[];
}

export interface AgreementView {
  readonly title: string;
  readonly status: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly sections: readonly SectionView[];
  /** The agreement's commitments: as they stand now, or with their status as it stood. */
  readonly commitments: readonly (CommitmentLine & { readonly localOutcomeId: string })[];
}

type Commitments = Connection<CommitmentLine & { localOutcomeId: string }>;

interface FrameworkOutcomes {
  readonly frameworkVersion: {
    readonly nationalOutcomes: readonly { id: string; number: number; title: string }[];
  };
}

const INDICATOR_FIELDS = `
  id
  title
  unit
  direction
  baseline { date value }
  target { date value }
`;

/** The public reads agreed agreements only: not the partnership's commitments. */
const COMMITMENTS_FIELDS = `
  commitments(partnershipId: $partnershipId, agreementId: $id, first: 100) @include(if: $member) {
    edges { node { ${COMMITMENT_LINE} localOutcomeId } }
  }
`;

interface AgreementNowData {
  readonly agreement: {
    readonly title: string;
    readonly status: string;
    readonly periodStart: string;
    readonly periodEnd: string;
    readonly frameworkVersionId: string;
    readonly sections: readonly {
      readonly nationalOutcomeId: string;
      readonly localPriority: string | null;
      readonly localOutcomes: readonly (Omit<OutcomeView, 'indicators'> & {
        readonly indicators: readonly (Omit<IndicatorView, 'latest' | 'observations'> & {
          readonly latestObservation: Standing['latest'];
          readonly observations: readonly Observation[];
        })[];
      })[];
    }[];
  };
  readonly commitments?: Commitments;
}

export const AGREEMENT_NOW: TypedDocumentNode<
  AgreementNowData,
  { id: string; partnershipId: string; member: boolean }
> = gql`
  query AgreementNow($id: String!, $partnershipId: String!, $member: Boolean!) {
    agreement(id: $id) {
      title
      status
      periodStart
      periodEnd
      frameworkVersionId
      sections {
        nationalOutcomeId
        localPriority
        localOutcomes {
          id
          title
          description
          status
          indicators {
            ${INDICATOR_FIELDS}
            rag
            trend
            latestObservation { period value }
            observations { period periodEnd value }
          }
        }
      }
    }
    ${COMMITMENTS_FIELDS}
  }
`;

interface AgreementPastData {
  readonly agreementAsOf: {
    readonly title: string;
    readonly status: string;
    readonly periodStart: string;
    readonly periodEnd: string;
    readonly frameworkVersionId: string;
    readonly sections: readonly {
      nationalOutcomeId: string;
      ordinal: number;
      localPriority: string | null;
    }[];
    readonly localOutcomes: readonly (Omit<OutcomeView, 'indicators'> & {
      nationalOutcomeId: string;
    })[];
    readonly indicators: readonly (Omit<IndicatorView, keyof Standing | 'observations'> & {
      localOutcomeId: string;
    })[];
  };
  /** The values of each indicator as they were published by that day. */
  readonly agreement: {
    readonly localOutcomes: readonly {
      readonly indicators: readonly {
        readonly id: string;
        readonly observations: readonly Observation[];
        readonly standingAsKnownOn: Standing;
      }[];
    }[];
  };
  readonly accountabilityMatrixAsOf?: {
    readonly cells: readonly {
      commitments: readonly { id: string; status: string; latestProgress: string | null }[];
    }[];
  };
  readonly commitments?: Commitments;
}

export const AGREEMENT_PAST: TypedDocumentNode<
  AgreementPastData,
  { id: string; partnershipId: string; instant: string; day: string; member: boolean }
> = gql`
  query AgreementPast(
    $id: String!
    $partnershipId: String!
    $instant: DateTime!
    $day: String!
    $member: Boolean!
  ) {
    agreementAsOf(id: $id, at: { instant: $instant }) {
      title
      status
      periodStart
      periodEnd
      frameworkVersionId
      sections { nationalOutcomeId ordinal localPriority }
      localOutcomes { id title description status nationalOutcomeId }
      indicators { ${INDICATOR_FIELDS} localOutcomeId }
    }
    agreement(id: $id) {
      localOutcomes {
        indicators {
          id
          observations(asKnownOn: $day) { period periodEnd value }
          standingAsKnownOn(asKnownOn: $day) { rag trend latest { period value } }
        }
      }
    }
    accountabilityMatrixAsOf(
      partnershipId: $partnershipId
      agreementId: $id
      at: { instant: $instant }
    ) @include(if: $member) {
      cells { commitments { id status latestProgress } }
    }
    ${COMMITMENTS_FIELDS}
  }
`;

export const FRAMEWORK_OUTCOMES: TypedDocumentNode<FrameworkOutcomes, { id: string }> = gql`
  query FrameworkOutcomes($id: String!) {
    frameworkVersion(id: $id) {
      nationalOutcomes {
        id
        number
        title
      }
    }
  }
`;

type OutcomeTitles = ReadonlyMap<string, string>;

export function titlesOf(framework: FrameworkOutcomes | undefined): OutcomeTitles {
  return new Map(
    framework?.frameworkVersion.nationalOutcomes.map((outcome) => [
      outcome.id,
      `National outcome ${outcome.number}: ${outcome.title}`,
    ]) ?? [],
  );
}

/** The public may not read the framework: it sees the national outcome's id alone. */
function titleOf(titles: OutcomeTitles, nationalOutcomeId: string): string {
  return titles.get(nationalOutcomeId) ?? `National outcome ${nationalOutcomeId}`;
}

export function agreementNowView(data: AgreementNowData, titles: OutcomeTitles): AgreementView {
  const { agreement } = data;
  return {
    ...agreement,
    sections: agreement.sections.map((section) => ({
      nationalOutcomeId: section.nationalOutcomeId,
      nationalOutcomeTitle: titleOf(titles, section.nationalOutcomeId),
      localPriority: section.localPriority,
      outcomes: section.localOutcomes.map((outcome) => ({
        ...outcome,
        indicators: outcome.indicators.map(({ latestObservation, ...indicator }) => ({
          ...indicator,
          latest: latestObservation,
        })),
      })),
    })),
    commitments: nodesOf(data.commitments),
  };
}

/**
 * The agreement's structure as it stood (from its events), each indicator with the values that
 * had been published by that day, and each commitment with the status it had then.
 */
export function agreementPastView(data: AgreementPastData, titles: OutcomeTitles): AgreementView {
  const snapshot = data.agreementAsOf;
  const known = new Map(
    data.agreement.localOutcomes
      .flatMap((outcome) => outcome.indicators)
      .map((indicator) => [indicator.id, indicator]),
  );
  const statusThen = new Map(
    (data.accountabilityMatrixAsOf?.cells ?? [])
      .flatMap((cell) => cell.commitments)
      .map((commitment) => [commitment.id, commitment]),
  );
  const outcomeView = (
    outcome: AgreementPastData['agreementAsOf']['localOutcomes'][number],
  ): OutcomeView => ({
    ...outcome,
    indicators: snapshot.indicators
      .filter((indicator) => indicator.localOutcomeId === outcome.id)
      .map((indicator) => {
        const values = known.get(indicator.id);
        return {
          ...indicator,
          ...(values?.standingAsKnownOn ?? { rag: null, trend: null, latest: null }),
          observations: values?.observations ?? [],
        };
      }),
  });
  return {
    ...snapshot,
    sections: [...snapshot.sections]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((section) => ({
        nationalOutcomeId: section.nationalOutcomeId,
        nationalOutcomeTitle: titleOf(titles, section.nationalOutcomeId),
        localPriority: section.localPriority,
        outcomes: snapshot.localOutcomes
          .filter((outcome) => outcome.nationalOutcomeId === section.nationalOutcomeId)
          .map(outcomeView),
      })),
    commitments: nodesOf(data.commitments).flatMap((node) => {
      const then = statusThen.get(node.id);
      if (!then) return [];
      return [
        {
          ...node,
          status: then.status,
          latestProgress: then.latestProgress ? { status: then.latestProgress } : null,
        },
      ];
    }),
  };
}
