import type { FrameworkIndicator, NationalOutcome } from '@concordat/domain';
import type { DemoStep } from '../demo-step';
import { ACTOR, Chapter } from './chapter';
import {
  LOCAL_INDICATOR_MENU_2007,
  NATIONAL_INDICATORS_2007,
  NATIONAL_OUTCOMES_2007,
  PURPOSE,
  STRATEGIC_OBJECTIVES,
} from './01-framework';
import { NPF_2007, NPF_2011 } from './ids';

/** The fifteen outcomes carry over, and a sixteenth on older people joins them. */
export const NATIONAL_OUTCOMES_2011: readonly NationalOutcome[] = [
  ...NATIONAL_OUTCOMES_2007,
  {
    id: 'no16',
    number: 16,
    title: 'Older people stay independent and get the right support when they need it',
  },
];

const NATIONAL_INDICATORS_2011: readonly FrameworkIndicator[] = [
  ...NATIONAL_INDICATORS_2007,
  {
    id: 'ni-care-at-home',
    title: 'More older people with high care needs are looked after at home',
    outcomeIds: ['no16'],
  },
  {
    id: 'ni-premature-mortality',
    title: 'Fewer people die before the age of 75',
    outcomeIds: ['no6', 'no7'],
  },
  {
    id: 'ni-renewable-electricity',
    title: 'More of the electricity used in Scotland comes from renewable sources',
    outcomeIds: ['no1', 'no14'],
  },
];

const LOCAL_INDICATOR_MENU_2011: readonly FrameworkIndicator[] = [
  ...LOCAL_INDICATOR_MENU_2007,
  {
    id: 'lm-fuel-poverty',
    title: 'Households in fuel poverty',
    outcomeIds: ['no7', 'no16'],
  },
];

/**
 * December 2011: the government refreshes the framework with a sixteenth outcome; publishing it
 * marks the 2007 version superseded, while the Orkney agreement keeps pointing at the version it
 * was made under.
 */
export function laterFrameworkChapter(): readonly DemoStep[] {
  const chapter = new Chapter(9, 'demo-framework-2011');
  chapter.framework(
    {
      type: 'PublishFrameworkVersion',
      data: {
        frameworkVersionId: NPF_2011,
        label: 'National Performance Framework 2011',
        publishedOn: '2011-12-01',
        purpose: PURPOSE,
        strategicObjectives: STRATEGIC_OBJECTIVES,
        nationalOutcomes: NATIONAL_OUTCOMES_2011,
        nationalIndicators: NATIONAL_INDICATORS_2011,
        localIndicatorMenu: LOCAL_INDICATOR_MENU_2011,
        supersedes: NPF_2007,
      },
    },
    ACTOR.govOfficial('2012-01-10 11:00'),
  );
  return chapter.steps;
}
