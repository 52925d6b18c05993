import { indicatorStatus } from '@concordat/read-models/agreements/indicator-status';
import { accountabilityCells } from '@concordat/read-models/commitments/accountability-cells';
import type {
  ActivityFact,
  AnnualReportInputs,
  DecisionFact,
  NationalOutcomeFact,
  PartnerFact,
} from './annual-report.inputs';
import type {
  AnnualReport,
  CommitmentLine,
  IndicatorLine,
  OutcomeLine,
  PartyResources,
} from './annual-report.model';
import { reportingYear, type ReportingYear } from './reporting-year';
import { sortedBy } from './sorted-by';

/** Puts national outcomes the framework does not list after those it numbers. */
const UNNUMBERED = Number.MAX_SAFE_INTEGER;

/**
 * The report from its facts: what belongs to the reporting year, each indicator's RAG and trend
 * by the function the live read model uses, and every list sorted on keys that tell its items
 * apart, so the order the facts came in never shows.
 */
export function buildAnnualReport(inputs: AnnualReportInputs): AnnualReport {
  const year = reportingYear(inputs.year);
  const nationalOutcomes = new Map(inputs.nationalOutcomes.map((o) => [o.outcomeId, o]));
  const nationalOf = new Map(
    inputs.localOutcomes.map((o) => [o.localOutcomeId, nationalOutcomes.get(o.nationalOutcomeId)]),
  );
  const organisations = new Map(inputs.partners.map((p) => [p.partnerId, p.organisation]));
  const partner = (partnerId: string): PartnerFact => ({
    partnerId,
    organisation: organisations.get(partnerId) ?? partnerId,
  });
  return {
    reportingYear: year,
    asKnownAt: inputs.asKnownAt,
    agreement: inputs.agreement,
    outcomes: outcomeLines(inputs, nationalOutcomes),
    indicators: indicatorLines(inputs, year, (id) => nationalOf.get(id) ?? null),
    commitments: commitmentLines(inputs, partner),
    resources: partyResources(inputs, partner),
    decisions: decisionsOf(inputs.decisions, year),
    activities: activitiesOf(inputs.activities, year),
  };
}

const numberOf = (outcome: NationalOutcomeFact | null | undefined) => outcome?.number ?? UNNUMBERED;

function outcomeLines(
  { nationalOutcomes, localOutcomes }: AnnualReportInputs,
  byId: ReadonlyMap<string, NationalOutcomeFact>,
): OutcomeLine[] {
  const withLocal = new Set(localOutcomes.map((o) => o.nationalOutcomeId));
  const lines: OutcomeLine[] = [
    ...localOutcomes.map((localOutcome) => ({
      nationalOutcomeId: localOutcome.nationalOutcomeId,
      nationalOutcome: byId.get(localOutcome.nationalOutcomeId) ?? null,
      localOutcome,
    })),
    ...nationalOutcomes
      .filter((o) => !withLocal.has(o.outcomeId))
      .map((o) => ({ nationalOutcomeId: o.outcomeId, nationalOutcome: o, localOutcome: null })),
  ];
  return sortedBy(
    lines,
    (line) => numberOf(line.nationalOutcome),
    (line) => line.nationalOutcomeId,
    (line) => line.localOutcome?.localOutcomeId ?? '',
  );
}

/** Each indicator as it stood at the end of the year: periods begun after it are left out. */
function indicatorLines(
  { indicators }: AnnualReportInputs,
  year: ReportingYear,
  nationalOf: (localOutcomeId: string) => NationalOutcomeFact | null,
): IndicatorLine[] {
  const lines = indicators.map(({ values, ...indicator }) => ({
    nationalOutcome: nationalOf(indicator.localOutcomeId),
    localOutcomeId: indicator.localOutcomeId,
    indicatorId: indicator.indicatorId,
    title: indicator.title,
    unit: indicator.unit,
    goal: indicator.goal,
    status: indicatorStatus(
      indicator.goal,
      values.filter((value) => value.periodStart <= year.end),
    ),
  }));
  return sortedBy(
    lines,
    (line) => numberOf(line.nationalOutcome),
    (line) => line.localOutcomeId,
    (line) => line.indicatorId,
  );
}

function commitmentLines(
  { commitments }: AnnualReportInputs,
  partner: (partnerId: string) => PartnerFact,
): CommitmentLine[] {
  const lines = commitments.flatMap((commitment) =>
    commitment.parties.map((share) => ({
      party: partner(share.partnerId),
      isLead: share.partnerId === commitment.leadPartnerId,
      share,
      commitment,
    })),
  );
  return sortedBy(
    lines,
    (line) => line.party.partnerId,
    (line) => line.commitment.dueDate,
    (line) => line.commitment.commitmentId,
  );
}

/** Stands for every local outcome at once, so the matrix's cells are one per partner. */
const EVERY_OUTCOME = '';

/** Each party's resources, by the very function that sums the accountability matrix's cells. */
function partyResources(
  { agreement, commitments }: AnnualReportInputs,
  partner: (partnerId: string) => PartnerFact,
): PartyResources[] {
  const cells = accountabilityCells(
    commitments.map((commitment) => ({
      commitmentId: commitment.commitmentId,
      agreementId: agreement.agreementId,
      localOutcomeId: EVERY_OUTCOME,
      status: commitment.status,
      dueDate: commitment.dueDate,
      latestProgress: commitment.latestProgress,
      parties: commitment.parties,
    })),
  );
  return cells.map((cell) => ({
    party: partner(cell.partnerId),
    commitments: cell.commitments.length,
    pledged: cell.pledged,
    delivered: cell.delivered,
  }));
}

function decisionsOf(decisions: readonly DecisionFact[], year: ReportingYear): DecisionFact[] {
  const ofYear = decisions
    .filter((d) => d.decidedOn >= year.start && d.decidedOn <= year.end)
    .map((d) => ({
      ...d,
      subjects: sortedBy(
        d.subjects,
        (s) => s.kind,
        (s) => s.id,
      ),
    }));
  return sortedBy(
    ofYear,
    (d) => d.decidedOn,
    (d) => d.meetingId,
    (d) => d.decisionId,
  );
}

function activitiesOf(activities: readonly ActivityFact[], year: ReportingYear): ActivityFact[] {
  const ofYear = activities
    .filter((a) => a.heldFrom <= year.end && a.heldTo >= year.start)
    .map((a) => ({ ...a, participants: sortedBy(a.participants, (name) => name) }));
  return sortedBy(
    ofYear,
    (a) => a.heldFrom,
    (a) => a.activityId,
  );
}
