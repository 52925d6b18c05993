import type { DemoStep } from '../demo-step';
import { ACTOR, Chapter } from './chapter';
import { INDICATOR, OF_AGREEMENT } from './ids';

/** The agreement's three reporting years, April to March. */
const YEAR = {
  '2008-09': { period: '2008-09', periodStart: '2008-04-01', periodEnd: '2009-03-31' },
  '2009-10': { period: '2009-10', periodStart: '2009-04-01', periodEnd: '2010-03-31' },
  '2010-11': { period: '2010-11', periodStart: '2010-04-01', periodEnd: '2011-03-31' },
} as const;

/** School years, August to July, whose leavers are followed up the next spring. */
const SCHOOL_YEAR = {
  '2008-09': { period: '2008-09', periodStart: '2008-08-01', periodEnd: '2009-07-31' },
  '2009-10': { period: '2009-10', periodStart: '2009-08-01', periodEnd: '2010-07-31' },
  '2010-11': { period: '2010-11', periodStart: '2010-08-01', periodEnd: '2011-07-31' },
} as const;

type Year = keyof typeof YEAR;

interface Series {
  readonly indicatorId: string;
  readonly slug: string;
  readonly source: string;
  readonly schoolYears?: boolean;
  /** Value and publication date for each year. */
  readonly values: readonly (readonly [Year, number, string])[];
}

const SERIES: readonly Series[] = [
  {
    indicatorId: INDICATOR.claimants,
    slug: 'claimants',
    source: 'DWP claimant count, via Nomis',
    values: [
      ['2008-09', 1.5, '2009-04-15'],
      ['2009-10', 2.1, '2010-04-14'],
      ['2010-11', 1.9, '2011-04-13'],
    ],
  },
  {
    indicatorId: INDICATOR.antisocialBehaviour,
    slug: 'asb',
    source: 'Northern Constabulary incident records',
    values: [
      ['2008-09', 1452, '2009-05-19'],
      ['2009-10', 1391, '2010-05-18'],
      ['2010-11', 1338, '2011-05-17'],
    ],
  },
  {
    indicatorId: INDICATOR.sharedSavings,
    slug: 'savings',
    source: 'Orkney Joint Working Project finance report',
    values: [
      ['2008-09', 0, '2009-05-26'],
      ['2009-10', 85, '2010-05-25'],
      ['2010-11', 310, '2011-05-24'],
    ],
  },
  {
    indicatorId: INDICATOR.jointContracts,
    slug: 'joint-contracts',
    source: 'Orkney Joint Working Project finance report',
    values: [
      ['2008-09', 4, '2009-05-27'],
      ['2009-10', 12, '2010-05-26'],
      ['2010-11', 26, '2011-05-25'],
    ],
  },
  {
    indicatorId: INDICATOR.quits,
    slug: 'quits',
    source: 'NHS smoking cessation database (ISD Scotland)',
    values: [
      ['2008-09', 142, '2009-06-16'],
      ['2009-10', 168, '2010-06-15'],
      ['2010-11', 196, '2011-06-14'],
    ],
  },
  {
    indicatorId: INDICATOR.dwellingFires,
    slug: 'fires',
    source: 'Highlands and Islands Fire and Rescue Service incident records',
    values: [
      ['2008-09', 10.9, '2009-06-30'],
      ['2009-10', 9.8, '2010-06-29'],
      ['2010-11', 9.2, '2011-06-28'],
    ],
  },
  {
    indicatorId: INDICATOR.employment,
    slug: 'employment',
    source: 'Annual Population Survey (Office for National Statistics)',
    values: [
      ['2008-09', 84.1, '2009-07-15'],
      ['2009-10', 82.7, '2010-07-14'],
      ['2010-11', 82.9, '2011-07-13'],
    ],
  },
  {
    indicatorId: INDICATOR.adultSmoking,
    slug: 'smoking',
    source: 'Scottish Household Survey, Orkney results',
    values: [
      ['2008-09', 23, '2009-08-25'],
      ['2009-10', 22, '2010-08-24'],
      ['2010-11', 20, '2011-08-30'],
    ],
  },
  {
    indicatorId: INDICATOR.islesAccess,
    slug: 'isles-access',
    source: 'Orkney Islands Council isles household survey',
    values: [
      ['2008-09', 72, '2009-09-08'],
      ['2009-10', 72, '2010-09-07'],
      ['2010-11', 70, '2011-09-06'],
    ],
  },
  {
    indicatorId: INDICATOR.positiveDestinations,
    slug: 'destinations',
    source: 'School leaver destinations return (Skills Development Scotland)',
    schoolYears: true,
    values: [
      ['2008-09', 90.2, '2009-12-01'],
      ['2009-10', 91.4, '2010-12-01'],
      ['2010-11', 92.6, '2011-12-06'],
    ],
  },
  {
    indicatorId: INDICATOR.fuelPoverty,
    slug: 'fuel-poverty',
    source: 'Scottish House Condition Survey, Orkney estimate',
    values: [
      ['2009-10', 39, '2011-02-22'],
      ['2010-11', 37, '2011-11-29'],
    ],
  },
];

export const observationId = (slug: string, period: string) => `obs-${slug}-${period}`;

/** The 2009-10 quits first published, and its correction once the isles returns came in. */
export const QUITS_2009_10 = {
  original: observationId('quits', '2009-10'),
  correction: `${observationId('quits', '2009-10')}-revised`,
  originalValue: 168,
  correctedValue: 181,
  correctedOn: '2010-11-23',
} as const;

/**
 * April 2009 to December 2011: each indicator's value for each year, recorded the day after it
 * is published; one value is corrected months later, after the board had already seen it.
 */
export function observationsChapter(): readonly DemoStep[] {
  const chapter = new Chapter(6, 'demo-indicator-observations');
  const recorded = SERIES.flatMap((series) =>
    series.values.map(([year, value, publishedOn]) => ({ series, year, value, publishedOn })),
  ).sort((a, b) => a.publishedOn.localeCompare(b.publishedOn));

  for (const { series, year, value, publishedOn } of recorded) {
    const period = series.schoolYears ? SCHOOL_YEAR[year] : YEAR[year];
    chapter.observation(
      {
        type: 'RecordIndicatorObservation',
        data: {
          ...OF_AGREEMENT,
          indicatorId: series.indicatorId,
          observationId: observationId(series.slug, year),
          ...period,
          value,
          source: series.source,
          publishedOn,
        },
      },
      ACTOR.officer(`${dayAfter(publishedOn)} 10:30`),
    );
  }

  chapter.observation(
    {
      type: 'CorrectIndicatorObservation',
      data: {
        ...OF_AGREEMENT,
        indicatorId: INDICATOR.quits,
        observationId: QUITS_2009_10.correction,
        value: QUITS_2009_10.correctedValue,
        source: 'NHS smoking cessation database (ISD Scotland), revised',
        publishedOn: QUITS_2009_10.correctedOn,
        supersedes: QUITS_2009_10.original,
        reason:
          'Quit attempts from four isles GP practices reached the national database after the ' +
          'first figures were published; the revised figure includes them.',
      },
    },
    ACTOR.officer(`${dayAfter(QUITS_2009_10.correctedOn)} 10:30`),
  );
  return chapter.steps;
}

function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
