import type { DemoStep } from '../demo-step';
import { ACTOR, Chapter } from './chapter';
import {
  AGREEMENT_ID,
  INDICATOR,
  INTERMEDIATE_OUTCOME,
  LOCAL_OUTCOME,
  NPF_2007,
  OF_AGREEMENT,
  PARTNER,
  PARTNERSHIP_ID,
} from './ids';

const COMMUNITY_PLAN = 'Orkney Community Plan 2008-2011';

/** What the agreement says under each national outcome it has a local story for. */
const SECTIONS = [
  {
    nationalOutcomeId: 'no1',
    localPriority:
      'Keep Orkney a good place to start and grow a small business, on the Mainland and the isles alike.',
    areaProfile:
      'Almost all Orkney businesses employ fewer than ten people. Farming, food and drink, ' +
      'tourism and a growing marine energy sector around the test sites at Stromness sit ' +
      'alongside a large public sector.',
    keyLocalCauses:
      'Distance from markets, freight costs, a small labour pool and patchy broadband on the isles.',
    pastTrends: 'Business start-ups have been steady for five years, at around the Scottish rate.',
    crossReferences: [
      { plan: COMMUNITY_PLAN, reference: 'Theme 1: a thriving economy' },
      { plan: 'HIE Orkney Operating Plan 2008-09', reference: 'Growth businesses and sectors' },
    ],
  },
  {
    nationalOutcomeId: 'no2',
    localPriority:
      'More good jobs in Orkney, so that young people can build a life here and the isles keep their working-age people.',
    areaProfile:
      'Employment is high and unemployment low, but many jobs are seasonal or part time, and ' +
      'wages are below the Scottish average.',
    keyLocalCauses:
      'Reliance on a few sectors, seasonal tourism and young people leaving for study who do not return.',
    pastTrends:
      'The claimant count fell from 2003 to 2007; the working-age population of the outer isles is still falling.',
    crossReferences: [
      { plan: COMMUNITY_PLAN, reference: 'Theme 1: a thriving economy' },
      {
        plan: 'Orkney Islands Council Economic Development Strategy',
        reference: 'Section 3: jobs in the isles',
      },
    ],
  },
  {
    nationalOutcomeId: 'no4',
    localPriority:
      'Every young person leaves school for further learning, training or a job, wherever in Orkney they live.',
    areaProfile:
      'One secondary school in Kirkwall, one in Stromness and junior high schools on three of ' +
      'the North Isles; pupils from the smaller isles board in Kirkwall during the week.',
    keyLocalCauses:
      'A narrow choice of vocational courses for pupils in the isles schools, and travel to the college.',
    pastTrends:
      'The share of leavers going on to learning, training or work has hovered just under 90 percent.',
    crossReferences: [
      { plan: COMMUNITY_PLAN, reference: 'Theme 3: learning and skills' },
      { plan: 'Orkney College Strategic Plan 2008-2011', reference: 'Schools and college links' },
    ],
  },
  {
    nationalOutcomeId: 'no6',
    localPriority:
      'Fewer people in Orkney smoke, and more of those who want to stop get help to do so, on every isle.',
    areaProfile:
      'Life expectancy is above the Scottish average, but about a quarter of adults smoke and ' +
      'rates are higher in the most remote communities.',
    keyLocalCauses:
      'Cessation support has been concentrated in Kirkwall, so isles smokers have had little help.',
    pastTrends:
      'Adult smoking has fallen slowly; the number of successful quits through the service is well below demand.',
    crossReferences: [
      { plan: COMMUNITY_PLAN, reference: 'Theme 2: healthy communities' },
      { plan: 'NHS Orkney Local Delivery Plan 2008-09', reference: 'Health improvement targets' },
    ],
  },
  {
    nationalOutcomeId: 'no9',
    localPriority:
      'Orkney stays one of the safest places in Scotland, with fewer fires in the home and less antisocial behaviour.',
    areaProfile:
      'Recorded crime is among the lowest in Scotland; dwelling fires and alcohol-related ' +
      'disorder in Kirkwall at weekends are the main concerns people raise.',
    keyLocalCauses:
      'Older people living alone in older houses, open fires and solid fuel stoves, and late-night drinking.',
    pastTrends:
      'Accidental dwelling fires have been above the Scottish rate for most of the last decade.',
    crossReferences: [
      { plan: COMMUNITY_PLAN, reference: 'Theme 4: safe and strong communities' },
      {
        plan: 'Northern Constabulary Policing Plan 2008-2011',
        reference: 'Orkney area priorities',
      },
      {
        plan: 'Highlands and Islands Fire and Rescue Service Plan',
        reference: 'Community fire safety',
      },
    ],
  },
  {
    nationalOutcomeId: 'no10',
    localPriority:
      'People on the ferry-linked isles can still reach health care, council services, shops and the post office.',
    areaProfile:
      'Some 3,000 people live on the isles served by inter-island ferries and flights; several ' +
      'isles have fewer than a hundred residents.',
    keyLocalCauses:
      'Ageing ferries, timetables that make a day trip to Kirkwall impossible from some isles, ' +
      'and services withdrawn as populations fall.',
    pastTrends:
      'Two isles lost their shop or post office in the last five years, and the ferry fleet is near the end of its life.',
    crossReferences: [
      { plan: COMMUNITY_PLAN, reference: 'Theme 5: sustainable isles' },
      { plan: 'HITRANS Regional Transport Strategy', reference: 'Lifeline internal services' },
    ],
  },
  {
    nationalOutcomeId: 'no15',
    localPriority:
      'The council and NHS Orkney share their support services, so that more of every pound reaches front-line services.',
    areaProfile:
      'Two small public bodies in the same town each run their own procurement, HR, property, ' +
      'transport, ICT and catering.',
    keyLocalCauses:
      'Duplicated systems and small teams that cannot cover for each other or buy at scale.',
    pastTrends:
      'A joint working project began in 2007 to look at procurement, HR, property and maintenance, ' +
      'patient and service-user transport, ICT and catering.',
    crossReferences: [
      { plan: COMMUNITY_PLAN, reference: 'Theme 6: efficient public services' },
      { plan: 'Orkney Joint Working Project', reference: 'Options appraisal, December 2007' },
    ],
  },
] as const;

const LOCAL_OUTCOMES = [
  {
    nationalOutcomeId: 'no2',
    localOutcomeId: LOCAL_OUTCOME.economy,
    title: 'A growing isles economy with more and better local jobs',
    description:
      'More businesses grow in Orkney and more of the work at the marine energy test sites goes ' +
      'to local firms, so that employment stays high through the downturn.',
  },
  {
    nationalOutcomeId: 'no4',
    localOutcomeId: LOCAL_OUTCOME.youngPeople,
    title: 'Young people leave school for learning, training or work',
    description:
      'Pupils in every Orkney school, including the isles junior high schools, can take ' +
      'vocational courses with the college and move on to a positive destination.',
  },
  {
    nationalOutcomeId: 'no6',
    localOutcomeId: LOCAL_OUTCOME.smokeFree,
    title: 'Healthier lives: fewer people smoke',
    description:
      'Smokers anywhere in Orkney can get help to stop, and the share of adults who smoke falls.',
  },
  {
    nationalOutcomeId: 'no9',
    localOutcomeId: LOCAL_OUTCOME.safer,
    title: 'Safer homes and communities',
    description: 'Fewer accidental fires in the home and less antisocial behaviour.',
  },
  {
    nationalOutcomeId: 'no10',
    localOutcomeId: LOCAL_OUTCOME.islesServices,
    title: 'The ferry-linked isles keep their services',
    description:
      'People on the isles can reach a doctor, council services, a shop and a post office, ' +
      'on the isle or by a day return to Kirkwall.',
  },
  {
    nationalOutcomeId: 'no15',
    localOutcomeId: LOCAL_OUTCOME.sharedServices,
    title: 'Shared support services between the council and NHS Orkney',
    description:
      'The joint working project brings the two bodies’ support services together where the ' +
      'business case shows savings, and the savings go to front-line services.',
  },
] as const;

const INTERMEDIATE_OUTCOMES = [
  {
    localOutcomeId: LOCAL_OUTCOME.smokeFree,
    intermediateOutcomeId: INTERMEDIATE_OUTCOME.quitAttempts,
    title: 'More smokers on the Mainland and the isles make a supported attempt to stop',
  },
  {
    localOutcomeId: LOCAL_OUTCOME.sharedServices,
    intermediateOutcomeId: INTERMEDIATE_OUTCOME.jointProcurement,
    title: 'The council and NHS Orkney buy more through joint contracts',
  },
] as const;

type Source =
  | { kind: 'national'; nationalIndicatorId: string }
  | { kind: 'local_menu'; menuIndicatorId: string }
  | { kind: 'local' };

const INDICATORS: readonly {
  indicatorId: string;
  outcomeId: string;
  title: string;
  source: Source;
  unit: string;
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  direction: 'increase' | 'decrease' | 'maintain';
}[] = [
  {
    indicatorId: INDICATOR.employment,
    outcomeId: LOCAL_OUTCOME.economy,
    title: 'Employment rate of working-age residents',
    source: { kind: 'national', nationalIndicatorId: 'ni-employment-rate' },
    unit: 'percent of working-age residents',
    baseline: { value: 83.4, date: '2007-12-31' },
    target: { value: 84, date: '2011-03-31' },
    direction: 'increase',
  },
  {
    indicatorId: INDICATOR.claimants,
    outcomeId: LOCAL_OUTCOME.economy,
    title: 'Residents claiming Jobseeker’s Allowance',
    source: { kind: 'local_menu', menuIndicatorId: 'lm-jsa-claimants' },
    unit: 'percent of working-age residents',
    baseline: { value: 1.1, date: '2008-03-31' },
    target: { value: 1, date: '2011-03-31' },
    direction: 'decrease',
  },
  {
    indicatorId: INDICATOR.positiveDestinations,
    outcomeId: LOCAL_OUTCOME.youngPeople,
    title: 'School leavers in learning, training or work nine months on',
    source: { kind: 'national', nationalIndicatorId: 'ni-positive-destinations' },
    unit: 'percent of school leavers',
    baseline: { value: 89.1, date: '2007-09-30' },
    target: { value: 92, date: '2010-09-30' },
    direction: 'increase',
  },
  {
    indicatorId: INDICATOR.adultSmoking,
    outcomeId: LOCAL_OUTCOME.smokeFree,
    title: 'Adults who smoke',
    source: { kind: 'national', nationalIndicatorId: 'ni-adult-smoking' },
    unit: 'percent of adults',
    baseline: { value: 24, date: '2007-12-31' },
    target: { value: 21, date: '2011-03-31' },
    direction: 'decrease',
  },
  {
    indicatorId: INDICATOR.quits,
    outcomeId: INTERMEDIATE_OUTCOME.quitAttempts,
    title: 'Successful quits at one month through the NHS Orkney service',
    source: { kind: 'local_menu', menuIndicatorId: 'lm-smoking-quits' },
    unit: 'quits a year',
    baseline: { value: 118, date: '2008-03-31' },
    target: { value: 200, date: '2011-03-31' },
    direction: 'increase',
  },
  {
    indicatorId: INDICATOR.dwellingFires,
    outcomeId: LOCAL_OUTCOME.safer,
    title: 'Accidental dwelling fires',
    source: { kind: 'local_menu', menuIndicatorId: 'lm-accidental-dwelling-fires' },
    unit: 'fires per 10,000 households',
    baseline: { value: 11.6, date: '2008-03-31' },
    target: { value: 9.5, date: '2011-03-31' },
    direction: 'decrease',
  },
  {
    indicatorId: INDICATOR.antisocialBehaviour,
    outcomeId: LOCAL_OUTCOME.safer,
    title: 'Antisocial behaviour incidents reported to the police',
    source: { kind: 'local_menu', menuIndicatorId: 'lm-antisocial-behaviour' },
    unit: 'incidents a year',
    baseline: { value: 1480, date: '2008-03-31' },
    target: { value: 1300, date: '2011-03-31' },
    direction: 'decrease',
  },
  {
    indicatorId: INDICATOR.islesAccess,
    outcomeId: LOCAL_OUTCOME.islesServices,
    title: 'Isles households that can reach a GP, a shop and a post office within 30 minutes',
    source: { kind: 'national', nationalIndicatorId: 'ni-access-to-services' },
    unit: 'percent of households on the ferry-linked isles',
    baseline: { value: 71, date: '2008-03-31' },
    target: { value: 75, date: '2011-03-31' },
    direction: 'increase',
  },
  {
    indicatorId: INDICATOR.sharedSavings,
    outcomeId: LOCAL_OUTCOME.sharedServices,
    title: 'Recurring savings from shared support services',
    source: { kind: 'local' },
    unit: 'thousand pounds a year',
    baseline: { value: 0, date: '2008-03-31' },
    target: { value: 400, date: '2011-03-31' },
    direction: 'increase',
  },
  {
    indicatorId: INDICATOR.jointContracts,
    outcomeId: INTERMEDIATE_OUTCOME.jointProcurement,
    title: 'Non-pay spend of the council and NHS Orkney through joint contracts',
    source: { kind: 'local' },
    unit: 'percent of combined non-pay spend',
    baseline: { value: 4, date: '2008-03-31' },
    target: { value: 30, date: '2011-03-31' },
    direction: 'increase',
  },
];

/**
 * February to June 2008: the officer drafts the single outcome agreement under the 2007
 * framework, the board endorses it (see the meetings chapter), and the council and the
 * government sign it.
 */
export function agreementChapter(): readonly DemoStep[] {
  const chapter = new Chapter(3, 'demo-agreement-2008');
  const officer = ACTOR.officer;

  chapter.agreement(
    {
      type: 'DraftAgreement',
      data: {
        partnershipId: PARTNERSHIP_ID,
        agreementId: AGREEMENT_ID,
        kind: 'single_outcome_agreement',
        locality: null,
        title: 'Orkney Single Outcome Agreement 2008-11',
        frameworkVersionId: NPF_2007,
        periodStart: '2008-04-01',
        periodEnd: '2011-03-31',
        councilPartnerId: PARTNER.council,
      },
    },
    officer('2008-02-05 09:00'),
  );
  SECTIONS.forEach((section, index) =>
    chapter.agreement(
      { type: 'WriteSection', data: { ...OF_AGREEMENT, ...section } },
      officer(`2008-02-${String(12 + index * 2).padStart(2, '0')} 11:00`),
    ),
  );
  LOCAL_OUTCOMES.forEach((outcome, index) =>
    chapter.agreement(
      { type: 'AddLocalOutcome', data: { ...OF_AGREEMENT, ...outcome } },
      officer(`2008-03-04 10:${String(index * 5).padStart(2, '0')}`),
    ),
  );
  INTERMEDIATE_OUTCOMES.forEach((outcome, index) =>
    chapter.agreement(
      { type: 'AddIntermediateOutcome', data: { ...OF_AGREEMENT, ...outcome } },
      officer(`2008-03-06 10:${String(index * 5).padStart(2, '0')}`),
    ),
  );
  INDICATORS.forEach((indicator, index) =>
    chapter.agreement(
      { type: 'AddIndicator', data: { ...OF_AGREEMENT, ...indicator } },
      officer(`2008-03-${String(11 + index).padStart(2, '0')} 15:00`),
    ),
  );
  chapter.agreement({ type: 'SubmitAgreement', data: OF_AGREEMENT }, officer('2008-05-06 12:00'));
  chapter.agreement(
    {
      type: 'SignAgreement',
      data: {
        ...OF_AGREEMENT,
        party: 'council',
        signatory: { name: 'Cllr Inga Flett', role: 'Leader, Orkney Islands Council' },
        signedOn: '2008-06-05',
      },
    },
    ACTOR.chair('2008-06-05 16:00'),
  );
  chapter.agreement(
    {
      type: 'SignAgreement',
      data: {
        ...OF_AGREEMENT,
        party: 'government',
        signatory: {
          name: 'Alasdair Reid',
          role: 'Location Director for Orkney, Scottish Government',
        },
        signedOn: '2008-06-27',
      },
    },
    ACTOR.govOfficial('2008-06-27 15:00'),
  );
  return chapter.steps;
}
