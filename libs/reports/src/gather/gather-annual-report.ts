import {
  agreementStreamId,
  partnershipStreamId,
  type CalendarDate,
  type DraftedAgreement,
} from '@concordat/domain';
import { nationalOutcomesOfFrameworks } from '@concordat/read-models';
import { agreementAsOf, partnershipAsOf } from '@concordat/time-travel';
import type { AnnualReportInputs, NationalOutcomeFact } from '../annual/annual-report.inputs';
import { ensureAsKnownAt, reportingYearOf } from '../annual/reporting-year';
import { activityFacts } from './activity-facts';
import { commitmentFacts } from './commitment-facts';
import { decisionFacts } from './decision-facts';
import { indicatorFacts } from './indicator-facts';
import { knownAt } from './known-at';
import type { ReportSources } from './report-sources';

/**
 * The agreement as known at the end of `asKnownAt` (a calendar date, refused otherwise); null
 * when it had not been drafted by then. Asked first, so that a caller may be refused before
 * anything else is read.
 */
export async function agreementAsKnownAt(
  sources: ReportSources,
  agreementId: string,
  asKnownAt: string,
): Promise<DraftedAgreement | null> {
  const date = ensureAsKnownAt(asKnownAt);
  const snapshot = await knownAt(sources.events, agreementStreamId(agreementId), date, (at) =>
    agreementAsOf(sources.history, agreementId, at),
  );
  return snapshot?.state ?? null;
}

/**
 * Every fact of the agreement's report for `year` (refused unless it overlaps the agreement's
 * period) as known at the end of `asKnownAt`. By the dates the record itself holds: the
 * agreement, its partnership and its commitments as their events up to that day left them;
 * indicator values published by then; decisions taken by then; engagement recorded by then.
 */
export async function gatherAnnualReport(
  sources: ReportSources,
  agreement: DraftedAgreement,
  year: number,
  asKnownAt: CalendarDate,
): Promise<AnnualReportInputs> {
  const reporting = reportingYearOf(agreement, year);
  const { agreementId, partnershipId } = agreement;
  const [partnership, nationalOutcomes, indicators, commitments, decisions, activities] =
    await Promise.all([
      knownAt(sources.events, partnershipStreamId(partnershipId), asKnownAt, (at) =>
        partnershipAsOf(sources.history, partnershipId, at),
      ),
      nationalOutcomeFacts(sources, agreement),
      indicatorFacts(sources, agreement, asKnownAt),
      commitmentFacts(sources, agreement, asKnownAt),
      decisionFacts(sources, partnershipId, reporting, asKnownAt),
      activityFacts(sources, agreement, asKnownAt),
    ]);
  return {
    year,
    asKnownAt,
    agreement: {
      agreementId,
      title: agreement.title,
      status: agreement.status,
      periodStart: agreement.periodStart,
      periodEnd: agreement.periodEnd,
      partnershipId,
      partnershipName: partnership?.state.name ?? partnershipId,
    },
    nationalOutcomes,
    localOutcomes: [...agreement.localOutcomes.values()]
      .filter((outcome) => outcome.status === 'active')
      .map(({ localOutcomeId, nationalOutcomeId, title }) => ({
        localOutcomeId,
        nationalOutcomeId,
        title,
      })),
    indicators,
    partners: [...(partnership?.state.partners.values() ?? [])].map(
      ({ partnerId, organisation }) => ({ partnerId, organisation }),
    ),
    commitments,
    decisions,
    activities,
  };
}

/** The national outcomes of the agreement's framework version that it has a section for. */
async function nationalOutcomeFacts(
  { readModels }: ReportSources,
  agreement: DraftedAgreement,
): Promise<NationalOutcomeFact[]> {
  const outcomes = await nationalOutcomesOfFrameworks(readModels, [agreement.frameworkVersionId]);
  return outcomes
    .filter((outcome) => agreement.sections.has(outcome.outcomeId))
    .map(({ outcomeId, number, title }) => ({ outcomeId, number, title }));
}
