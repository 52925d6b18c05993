import {
  AnnualReportRequestInvalid,
  ensureAsKnownAt,
  reportingYear,
  reportingYearOf,
} from './reporting-year';

describe('a reporting year', () => {
  it('runs from 1 April to the next 31 March, named by the year it starts in', () => {
    expect(reportingYear(2009)).toEqual({
      year: 2009,
      label: '2009-10',
      start: '2009-04-01',
      end: '2010-03-31',
    });
    expect(reportingYear(1999).label).toBe('1999-00');
  });

  it.each([2009.5, 999, 9999, Number.NaN])('is refused for %p', (year) => {
    expect(() => reportingYear(year)).toThrow(AnnualReportRequestInvalid);
  });

  it('is refused for an agreement it does not overlap, and kept for one it overlaps at all', () => {
    const agreement = { periodStart: '2008-04-01', periodEnd: '2011-03-31' };
    expect(reportingYearOf(agreement, 2010).label).toBe('2010-11');
    expect(reportingYearOf({ ...agreement, periodStart: '2010-03-31' }, 2009).label).toBe(
      '2009-10',
    );
    expect(() => reportingYearOf(agreement, 2011)).toThrow(
      'the agreement runs from 2008-04-01 to 2011-03-31: reporting year 2011-12 lies outside it',
    );
  });
});

describe('the date a report is known at', () => {
  it('is a calendar date', () => {
    expect(ensureAsKnownAt('2010-06-30')).toBe('2010-06-30');
    for (const refused of ['2010-02-30', '30/06/2010', '2010-06-30T00:00:00Z']) {
      expect(() => ensureAsKnownAt(refused)).toThrow(AnnualReportRequestInvalid);
    }
  });
});
