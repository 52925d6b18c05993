import fc from 'fast-check';
import { REPORT_FORMATS, renderAnnualReport } from '../render/render-annual-report';
import { anyAnnualReportFacts, reordered } from '../testing/annual-report-arbitraries';
import { buildAnnualReport } from './build-annual-report';

const everyFormat = (facts: Parameters<typeof buildAnnualReport>[0]) => {
  const report = buildAnnualReport(facts);
  return REPORT_FORMATS.map((format) => renderAnnualReport(report, format));
};

describe('an annual report’s text', () => {
  it('is the same each time the same report is rendered', () => {
    fc.assert(
      fc.property(anyAnnualReportFacts, (facts) => {
        expect(everyFormat(facts)).toEqual(everyFormat(facts));
      }),
    );
  });

  it('does not depend on the order the facts come in', () => {
    fc.assert(
      fc.property(anyAnnualReportFacts, fc.gen(), (facts, g) => {
        const shuffle = <T>(items: readonly T[]): T[] =>
          g(fc.shuffledSubarray<T>, [...items], {
            minLength: items.length,
            maxLength: items.length,
          });
        expect(everyFormat(reordered(facts, shuffle))).toEqual(everyFormat(facts));
      }),
    );
  });
});
