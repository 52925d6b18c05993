import type { PublishFrameworkVersion } from '../framework.commands';
import type { FrameworkVersionPublished, FrameworkVersionSuperseded } from '../framework.events';

/** A small but faithful framework version: three of the first fifteen national outcomes. */
export const npf2007: PublishFrameworkVersion['data'] = {
  frameworkVersionId: 'npf-2007',
  label: '2007 National Performance Framework',
  publishedOn: '2007-11-14',
  purpose:
    'To focus government and public services on creating a more successful country, with ' +
    'opportunities for all of Scotland to flourish, through increasing sustainable economic growth.',
  strategicObjectives: [
    { id: 'wealthier-fairer', title: 'Wealthier and fairer' },
    { id: 'healthier', title: 'Healthier' },
    { id: 'safer-stronger', title: 'Safer and stronger' },
    { id: 'smarter', title: 'Smarter' },
    { id: 'greener', title: 'Greener' },
  ],
  nationalOutcomes: [
    {
      id: 'no1',
      number: 1,
      title: 'We live in a Scotland that is the most attractive place for doing business in Europe',
    },
    {
      id: 'no2',
      number: 2,
      title:
        'We realise our full economic potential with more and better employment opportunities for our people',
    },
    { id: 'no6', number: 3, title: 'We live longer, healthier lives' },
  ],
  nationalIndicators: [
    { id: 'ni-employment', title: 'Increase the employment rate', outcomeIds: ['no2'] },
    {
      id: 'ni-business-startups',
      title: 'Increase the business start-up rate',
      outcomeIds: ['no1', 'no2'],
    },
    {
      id: 'ni-life-expectancy',
      title: 'Increase healthy life expectancy at birth in the most deprived areas',
      outcomeIds: ['no6'],
    },
  ],
  localIndicatorMenu: [
    { id: 'lm-jsa-claimants', title: 'Job seekers allowance claimant count', outcomeIds: ['no2'] },
    { id: 'lm-smoking', title: 'Percentage of adults who smoke', outcomeIds: ['no6'] },
  ],
};

export const npf2007Published: FrameworkVersionPublished = {
  type: 'FrameworkVersionPublished',
  schemaVersion: 1,
  data: { ...npf2007, supersedes: null },
};

export const npf2007Superseded: FrameworkVersionSuperseded = {
  type: 'FrameworkVersionSuperseded',
  schemaVersion: 1,
  data: { frameworkVersionId: 'npf-2007', supersededBy: 'npf-2011', on: '2011-12-01' },
};
