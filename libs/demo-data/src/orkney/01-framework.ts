import type { FrameworkIndicator, NationalOutcome, StrategicObjective } from '@concordat/domain';
import type { DemoStep } from '../demo-step';
import { ACTOR, Chapter } from './chapter';
import { NPF_2007 } from './ids';

export const PURPOSE =
  'A more successful Scotland in which everyone has the chance to flourish, achieved by ' +
  'raising the rate of sustainable economic growth.';

export const STRATEGIC_OBJECTIVES: readonly StrategicObjective[] = [
  { id: 'wealthier-fairer', title: 'Wealthier and fairer' },
  { id: 'healthier', title: 'Healthier' },
  { id: 'safer-stronger', title: 'Safer and stronger' },
  { id: 'smarter', title: 'Smarter' },
  { id: 'greener', title: 'Greener' },
];

/** The fifteen national outcomes of 2007, in short titles of our own. */
export const NATIONAL_OUTCOMES_2007: readonly NationalOutcome[] = [
  { id: 'no1', number: 1, title: 'Scotland is an attractive place to do business' },
  { id: 'no2', number: 2, title: 'More and better jobs let the economy reach its potential' },
  {
    id: 'no3',
    number: 3,
    title: 'People are better educated and skilled; research and innovation thrive',
  },
  {
    id: 'no4',
    number: 4,
    title: 'Young people learn well, grow in confidence and play their part',
  },
  { id: 'no5', number: 5, title: 'Children get the best start in life' },
  { id: 'no6', number: 6, title: 'People live longer, healthier lives' },
  { id: 'no7', number: 7, title: 'The deepest inequalities in Scottish society are tackled' },
  {
    id: 'no8',
    number: 8,
    title: 'Children, young people and families at risk get better life chances',
  },
  { id: 'no9', number: 9, title: 'People live safe from crime, disorder and danger' },
  {
    id: 'no10',
    number: 10,
    title: 'Well-designed, sustainable places where people reach the services they need',
  },
  {
    id: 'no11',
    number: 11,
    title: 'Communities are strong, resilient and look out for each other',
  },
  {
    id: 'no12',
    number: 12,
    title: 'The built and natural environment is valued, protected and enhanced',
  },
  {
    id: 'no13',
    number: 13,
    title: 'A strong, fair and inclusive national identity people are proud of',
  },
  {
    id: 'no14',
    number: 14,
    title: 'What we consume and produce does less harm to the environment',
  },
  {
    id: 'no15',
    number: 15,
    title: 'Public services are good, keep improving, spend well and answer local needs',
  },
];

/** A dozen of the national indicators, each with the outcomes it helps to track. */
export const NATIONAL_INDICATORS_2007: readonly FrameworkIndicator[] = [
  {
    id: 'ni-business-start-ups',
    title: 'Business start-up rate rises',
    outcomeIds: ['no1', 'no2'],
  },
  { id: 'ni-employment-rate', title: 'Employment rate rises', outcomeIds: ['no2'] },
  {
    id: 'ni-positive-destinations',
    title: 'More school leavers go on to learning, training or work',
    outcomeIds: ['no3', 'no4'],
  },
  { id: 'ni-healthy-weight', title: 'More children are a healthy weight', outcomeIds: ['no5'] },
  {
    id: 'ni-healthy-life-expectancy',
    title: 'Healthy life expectancy rises, most of all in the most deprived areas',
    outcomeIds: ['no6', 'no7'],
  },
  { id: 'ni-adult-smoking', title: 'Fewer adults smoke', outcomeIds: ['no6'] },
  {
    id: 'ni-low-income-households',
    title: 'Fewer households live on low incomes',
    outcomeIds: ['no7', 'no8'],
  },
  { id: 'ni-crime-victims', title: 'Fewer people are victims of crime', outcomeIds: ['no9'] },
  { id: 'ni-reconviction', title: 'Reconviction rates fall', outcomeIds: ['no9', 'no11'] },
  {
    id: 'ni-access-to-services',
    title: 'More people can reach key services by public or active transport',
    outcomeIds: ['no10'],
  },
  {
    id: 'ni-waste-to-landfill',
    title: 'Less municipal waste goes to landfill',
    outcomeIds: ['no12', 'no14'],
  },
  { id: 'ni-carbon-footprint', title: 'Scotland’s carbon footprint shrinks', outcomeIds: ['no14'] },
  {
    id: 'ni-public-satisfaction',
    title: 'More adults are satisfied with their local public services',
    outcomeIds: ['no15'],
  },
  {
    id: 'ni-public-sector-efficiency',
    title: 'Public bodies deliver more for the money they spend',
    outcomeIds: ['no15'],
  },
];

/** A small part of the national menu of local indicators. */
export const LOCAL_INDICATOR_MENU_2007: readonly FrameworkIndicator[] = [
  {
    id: 'lm-jsa-claimants',
    title: 'Working-age residents claiming Jobseeker’s Allowance',
    outcomeIds: ['no2', 'no7'],
  },
  {
    id: 'lm-smoking-quits',
    title: 'Successful quits at one month through NHS smoking cessation services',
    outcomeIds: ['no6'],
  },
  {
    id: 'lm-accidental-dwelling-fires',
    title: 'Accidental dwelling fires per 10,000 households',
    outcomeIds: ['no9'],
  },
  {
    id: 'lm-antisocial-behaviour',
    title: 'Incidents of antisocial behaviour reported to the police',
    outcomeIds: ['no9', 'no11'],
  },
  {
    id: 'lm-working-age-population',
    title: 'Change in the working-age population',
    outcomeIds: ['no2', 'no10'],
  },
  {
    id: 'lm-recycling',
    title: 'Household waste recycled or composted',
    outcomeIds: ['no14'],
  },
];

/** November 2007: the government publishes its first national performance framework. */
export function frameworkChapter(): readonly DemoStep[] {
  const chapter = new Chapter(1, 'demo-framework-2007');
  chapter.framework(
    {
      type: 'PublishFrameworkVersion',
      data: {
        frameworkVersionId: NPF_2007,
        label: 'National Performance Framework 2007',
        publishedOn: '2007-11-14',
        purpose: PURPOSE,
        strategicObjectives: STRATEGIC_OBJECTIVES,
        nationalOutcomes: NATIONAL_OUTCOMES_2007,
        nationalIndicators: NATIONAL_INDICATORS_2007,
        localIndicatorMenu: LOCAL_INDICATOR_MENU_2007,
        supersedes: null,
      },
    },
    ACTOR.govOfficial('2007-11-14 11:00'),
  );
  return chapter.steps;
}
