import type { CalendarDate, DraftedAgreement } from '@concordat/domain';
import { indicatorValuesAsKnownOn } from '@concordat/time-travel';
import type { IndicatorFact } from '../annual/annual-report.inputs';
import type { ReportSources } from './report-sources';

/**
 * The agreement's active indicators under its active local outcomes, each with the value of
 * every period as it could be known on `asKnownAt`: the latest published by then, so a
 * correction published later is not yet applied.
 */
export function indicatorFacts(
  { history }: ReportSources,
  agreement: DraftedAgreement,
  asKnownAt: CalendarDate,
): Promise<IndicatorFact[]> {
  const tracked = [...agreement.indicators.values()].filter(
    (indicator) =>
      indicator.status === 'active' &&
      agreement.localOutcomes.get(indicator.localOutcomeId)?.status === 'active',
  );
  return Promise.all(
    tracked.map(async (indicator) => {
      const periods = await indicatorValuesAsKnownOn(
        history,
        agreement.agreementId,
        indicator.indicatorId,
        asKnownAt,
      );
      const { baseline, target, direction } = indicator;
      return {
        indicatorId: indicator.indicatorId,
        localOutcomeId: indicator.localOutcomeId,
        title: indicator.title,
        unit: indicator.unit,
        goal: { baseline, target, direction },
        values: periods.flatMap(({ period, periodStart, periodEnd, asKnown }) =>
          asKnown
            ? [
                {
                  observationId: asKnown.observationId,
                  period,
                  periodStart,
                  periodEnd,
                  value: asKnown.value,
                  publishedOn: asKnown.publishedOn,
                },
              ]
            : [],
        ),
      };
    }),
  );
}
