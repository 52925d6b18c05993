import { indicatorObservationsDecider } from './indicator-observations.decider';
import type { IndicatorObservationEvent, ObservationData } from './indicator-observations.events';
import { asKnownOn, valueForPeriod } from './indicator-observations.queries';

const base = {
  partnershipId: 'p-orkney',
  agreementId: 'soa-orkney-2008',
  indicatorId: 'ind-employment',
  source: 'Annual Population Survey',
};
const period = (label: string, start: string, end: string) => ({
  period: label,
  periodStart: start,
  periodEnd: end,
});
const y2009 = period('2009-10', '2009-04-01', '2010-03-31');
const y2010 = period('2010-11', '2010-04-01', '2011-03-31');
const recorded = (
  observationId: string,
  value: number,
  publishedOn: string,
  of = y2009,
): IndicatorObservationEvent => ({
  type: 'IndicatorObservationRecorded',
  schemaVersion: 1,
  data: { ...base, ...of, observationId, value, publishedOn } satisfies ObservationData,
});
const corrected = (
  observationId: string,
  supersedes: string,
  value: number,
  publishedOn: string,
): IndicatorObservationEvent => ({
  type: 'IndicatorObservationCorrected',
  schemaVersion: 1,
  data: { ...base, ...y2009, observationId, value, publishedOn, supersedes, reason: 'revised' },
});
const stateOf = (events: IndicatorObservationEvent[]) =>
  events.reduce(indicatorObservationsDecider.evolve, indicatorObservationsDecider.initialState());

/** First published in September 2010, revised in February 2011, and twice on one day in May. */
const history = stateOf([
  recorded('a', 79.1, '2010-09-15'),
  recorded('other-year', 80.2, '2011-09-14', y2010),
  corrected('b', 'a', 78.8, '2011-02-01'),
  corrected('c', 'b', 78.6, '2011-05-10'),
  corrected('d', 'c', 78.7, '2011-05-10'),
]);

describe('the value for a period', () => {
  it('is nothing before anything was recorded', () => {
    expect(valueForPeriod(stateOf([]), '2009-10')).toBeNull();
    expect(valueForPeriod(history, '2008-09')).toBeNull();
  });

  it('is the first value while it stands', () => {
    expect(valueForPeriod(stateOf([recorded('a', 79.1, '2010-09-15')]), '2009-10')).toMatchObject({
      observationId: 'a',
      value: 79.1,
      supersedes: null,
    });
  });

  it('is the latest correction', () => {
    expect(valueForPeriod(history, '2009-10')).toMatchObject({
      observationId: 'd',
      value: 78.7,
      supersedes: 'c',
      reason: 'revised',
    });
  });

  it('is kept apart for each period', () => {
    expect(valueForPeriod(history, '2010-11')?.value).toBe(80.2);
  });
});

describe('the value for a period as known on a date', () => {
  it.each([
    ['2010-09-14', null],
    ['2010-09-15', 79.1],
    ['2011-01-31', 79.1],
    ['2011-02-01', 78.8],
    ['2011-05-09', 78.8],
    ['2011-05-10', 78.7],
    ['2020-01-01', 78.7],
  ])('on %s is %s', (date, value) => {
    expect(asKnownOn(history, '2009-10', date)?.value ?? null).toBe(value);
  });

  it('is nothing for a period never recorded', () => {
    expect(asKnownOn(history, '2008-09', '2020-01-01')).toBeNull();
  });
});
