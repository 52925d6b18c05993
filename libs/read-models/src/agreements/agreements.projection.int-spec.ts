import type { DataSource } from 'typeorm';
import {
  agreementStreamId,
  indicatorObservationsStreamId,
  type AgreementEvent,
  type IndicatorAdded,
  type IndicatorObservationEvent,
} from '@concordat/domain';
import type { NewEvent } from '@concordat/event-store';
import { orkneyDemo } from '@concordat/demo-data';
import { replayThroughDeciders } from '@concordat/demo-data/testing/replay-through-deciders';
import { openReadModelDataSource } from '../infrastructure/read-model-data-source';
import { rebuildProjection } from '../infrastructure/rebuild-projection';
import type { ProjectionRunner } from '../infrastructure/projection-runner';
import { readModelBackends, type ReadModelTestStores } from '../testing/read-model-test-stores';
import { AGREEMENTS_ENTITIES } from './agreements.entities';
import { agreementsProjection } from './agreements.projection';
import {
  agreementById,
  amendmentsOfAgreements,
  indicatorStatusesAsKnownOn,
  indicatorsOfOutcomes,
  intermediateOutcomesOfLocalOutcomes,
  listAgreements,
  localOutcomesByIds,
  localOutcomesOfAgreements,
  observationsOfIndicators,
  sectionsOfAgreements,
} from './agreements.queries';
import {
  appendStreams,
  applyEverythingAgain,
  digestOf,
  projectUpTo,
  storable,
} from './testing/projection-test-kit';

const PARTNERSHIP = 'orkney-cpp';
const SOA = 'soa-2008-11';
const DECISION = { meetingId: 'board-2009-12-08', decisionId: 'd-amend-1' };
const of = { partnershipId: PARTNERSHIP, agreementId: SOA };

function indicator(
  indicatorId: string,
  localOutcomeId: string,
  intermediateOutcomeId: string | null,
  goal: Pick<IndicatorAdded['data'], 'baseline' | 'target' | 'direction' | 'source'>,
): IndicatorAdded {
  return {
    type: 'IndicatorAdded',
    schemaVersion: 1,
    data: {
      ...of,
      decision: null,
      title: `Indicator ${indicatorId}`,
      unit: 'a year',
      indicatorId,
      localOutcomeId,
      intermediateOutcomeId,
      ...goal,
    },
  };
}

/** The single outcome agreement, drafted, signed twice over (a return to draft between), amended. */
function agreementEvents(): AgreementEvent[] {
  return [
    {
      type: 'AgreementDrafted',
      schemaVersion: 1,
      data: {
        ...of,
        kind: 'single_outcome_agreement',
        locality: null,
        title: 'Orkney Single Outcome Agreement 2008-11',
        frameworkVersionId: 'npf-2007',
        periodStart: '2008-04-01',
        periodEnd: '2011-03-31',
        councilPartnerId: 'orkney-islands-council',
        nationalOutcomeIds: ['no-01', 'no-06', 'no-09'],
        nationalIndicatorIds: ['ni-employment-rate'],
        localIndicatorMenuIds: ['lm-smoking-quits'],
      },
    },
    {
      type: 'SectionWritten',
      schemaVersion: 1,
      data: {
        ...of,
        decision: null,
        nationalOutcomeId: 'no-06',
        localPriority: 'Fewer islanders smoke',
        areaProfile: 'One adult in four smokes',
        keyLocalCauses: 'Distance from services',
        pastTrends: 'Falling slowly',
        crossReferences: [{ plan: 'NHS Orkney Local Delivery Plan', reference: 'HEAT H4' }],
      },
    },
    {
      type: 'LocalOutcomeAdded',
      schemaVersion: 1,
      data: {
        ...of,
        decision: null,
        nationalOutcomeId: 'no-01',
        localOutcomeId: 'lo-economy',
        title: 'A growing isles economy',
        description: 'More jobs on every isle',
      },
    },
    {
      type: 'LocalOutcomeAdded',
      schemaVersion: 1,
      data: {
        ...of,
        decision: null,
        nationalOutcomeId: 'no-06',
        localOutcomeId: 'lo-smoke-free',
        title: 'Smoke-free lives',
        description: 'Fewer people smoke',
      },
    },
    {
      type: 'IntermediateOutcomeAdded',
      schemaVersion: 1,
      data: {
        ...of,
        decision: null,
        localOutcomeId: 'lo-smoke-free',
        intermediateOutcomeId: 'io-quits',
        title: 'More supported quit attempts',
      },
    },
    indicator('ind-quits', 'lo-smoke-free', 'io-quits', {
      source: { kind: 'local_menu', menuIndicatorId: 'lm-smoking-quits' },
      baseline: { value: 118, date: '2008-03-31' },
      target: { value: 200, date: '2011-03-31' },
      direction: 'increase',
    }),
    indicator('ind-employment', 'lo-economy', null, {
      source: { kind: 'national', nationalIndicatorId: 'ni-employment-rate' },
      baseline: { value: 83.4, date: '2007-12-31' },
      target: { value: 84, date: '2011-03-31' },
      direction: 'increase',
    }),
    { type: 'AgreementSubmitted', schemaVersion: 1, data: of },
    {
      type: 'AgreementSigned',
      schemaVersion: 1,
      data: {
        ...of,
        party: 'council',
        signatory: { name: 'Inga Flett', role: 'Council leader' },
        signedOn: '2008-05-20',
      },
    },
    {
      type: 'AgreementReturnedToDraft',
      schemaVersion: 1,
      data: { ...of, reason: 'The government asked for a clearer smoking target' },
    },
    { type: 'AgreementSubmitted', schemaVersion: 1, data: of },
    {
      type: 'AgreementSigned',
      schemaVersion: 1,
      data: {
        ...of,
        party: 'government',
        signatory: { name: 'Alasdair Reid', role: 'Location director' },
        signedOn: '2008-06-02',
      },
    },
    {
      type: 'AgreementSigned',
      schemaVersion: 1,
      data: {
        ...of,
        party: 'council',
        signatory: { name: 'Inga Flett', role: 'Council leader' },
        signedOn: '2008-06-03',
      },
    },
    { type: 'AgreementAgreed', schemaVersion: 1, data: { ...of, agreedOn: '2008-06-03' } },
    {
      type: 'LocalOutcomeRevised',
      schemaVersion: 1,
      data: {
        ...of,
        decision: DECISION,
        nationalOutcomeId: 'no-01',
        localOutcomeId: 'lo-economy',
        title: 'A resilient isles economy',
        description: 'Jobs kept through the downturn',
      },
    },
    {
      type: 'AgreementAmended',
      schemaVersion: 1,
      data: { ...of, amendmentNumber: 1, decision: DECISION, summary: 'Economy outcome reworded' },
    },
    {
      type: 'IntermediateOutcomeRetired',
      schemaVersion: 1,
      data: { ...of, decision: DECISION, intermediateOutcomeId: 'io-quits', reason: 'Merged' },
    },
    {
      type: 'AgreementAmended',
      schemaVersion: 1,
      data: { ...of, amendmentNumber: 2, decision: DECISION, summary: 'Quit attempts merged' },
    },
  ];
}

function observation(
  indicatorId: string,
  period: string,
  value: number,
  publishedOn: string,
  correcting?: { supersedes: string; observationId: string },
): IndicatorObservationEvent {
  const start = Number(period.slice(0, 4));
  const common = {
    ...of,
    indicatorId,
    observationId: correcting?.observationId ?? `obs-${indicatorId}-${period}`,
    period,
    periodStart: `${start}-04-01`,
    periodEnd: `${start + 1}-03-31`,
    value,
    source: 'ISD Scotland',
    publishedOn,
  };
  return correcting
    ? {
        type: 'IndicatorObservationCorrected',
        schemaVersion: 1,
        data: { ...common, supersedes: correcting.supersedes, reason: 'Late isles returns' },
      }
    : { type: 'IndicatorObservationRecorded', schemaVersion: 1, data: common };
}

const quitsObservations = (): IndicatorObservationEvent[] => [
  observation('ind-quits', '2008-09', 142, '2009-06-16'),
  observation('ind-quits', '2009-10', 168, '2010-06-15'),
  observation('ind-quits', '2009-10', 181, '2010-11-23', {
    supersedes: 'obs-ind-quits-2009-10',
    observationId: 'obs-ind-quits-2009-10-revised',
  }),
  observation('ind-quits', '2010-11', 196, '2011-06-14'),
];

const employmentObservations = (): IndicatorObservationEvent[] => [
  observation('ind-employment', '2008-09', 84.1, '2009-07-15'),
  observation('ind-employment', '2009-10', 82.7, '2010-07-14'),
  observation('ind-employment', '2010-11', 82.9, '2011-07-13'),
];

/** Drafted agreements of other partnerships and periods, for the list and its pages. */
function otherAgreements(): [string, NewEvent[]][] {
  const starts = ['2006-04-01', '2013-04-01', '2009-04-01', '2013-04-01'];
  return starts.map((periodStart, index) => {
    const agreementId = `loip-${index}`;
    const partnershipId = index % 2 === 0 ? PARTNERSHIP : 'shetland-cpp';
    const events: AgreementEvent[] = [
      {
        type: 'AgreementDrafted',
        schemaVersion: 1,
        data: {
          partnershipId,
          agreementId,
          kind: 'local_outcomes_improvement_plan',
          locality: null,
          title: `Plan ${index}`,
          frameworkVersionId: 'npf-2011',
          periodStart,
          periodEnd: '2017-03-31',
          councilPartnerId: 'council',
          nationalOutcomeIds: ['no-01'],
          nationalIndicatorIds: [],
          localIndicatorMenuIds: [],
        },
      },
    ];
    if (index === 3) {
      events.push({
        type: 'AgreementClosed',
        schemaVersion: 1,
        data: { partnershipId, agreementId, decision: null, reason: 'Abandoned', on: '2013-05-01' },
      });
    }
    return [agreementStreamId(agreementId), events.map((event) => storable(event))];
  });
}

function scenario(): [string, NewEvent[]][] {
  return [
    [agreementStreamId(SOA), agreementEvents().map((event) => storable(event))],
    [
      indicatorObservationsStreamId(SOA, 'ind-quits'),
      quitsObservations().map((event) => storable(event)),
    ],
    [
      indicatorObservationsStreamId(SOA, 'ind-employment'),
      employmentObservations().map((event) => storable(event)),
    ],
    ...otherAgreements(),
  ];
}

describe.each(readModelBackends)('the agreements read model on %s', (_name, openStores) => {
  let stores: ReadModelTestStores;
  let runner: ProjectionRunner | undefined;
  let dataSource: DataSource | undefined;

  beforeEach(async () => {
    stores = await openStores();
  });

  afterEach(async () => {
    await dataSource?.destroy();
    dataSource = undefined;
    await runner?.stop();
    runner = undefined;
    await stores.close();
  });

  async function project(streams: Iterable<readonly [string, readonly NewEvent[]]>) {
    const last = await appendStreams(stores.store, streams);
    runner = await projectUpTo(stores.store, stores.sql, agreementsProjection, last);
    dataSource = await openReadModelDataSource(stores, stores.databaseUrl, [
      ...AGREEMENTS_ENTITIES,
    ]);
    return dataSource;
  }

  it('shows the agreement as it stands: status, signatures, amendments, sections', async () => {
    const ds = await project(scenario());

    const agreement = await agreementById(ds, SOA);
    expect(agreement).toMatchObject({
      partnershipId: PARTNERSHIP,
      kind: 'single_outcome_agreement',
      frameworkVersionId: 'npf-2007',
      periodStart: '2008-04-01',
      periodEnd: '2011-03-31',
      status: 'agreed',
      parties: [
        { party: 'council', partnerId: 'orkney-islands-council' },
        { party: 'government', partnerId: null },
      ],
      councilSignatoryName: 'Inga Flett',
      councilSignedOn: '2008-06-03',
      governmentSignatoryRole: 'Location director',
      governmentSignedOn: '2008-06-02',
      agreedOn: '2008-06-03',
      amendmentCount: 2,
      supersededBy: null,
      lastRevision: '17',
    });
    expect(await agreementById(ds, 'no-such-agreement')).toBeNull();

    const sections = await sectionsOfAgreements(ds, [SOA, 'loip-0']);
    expect(sections.map((s) => [s.agreementId, s.nationalOutcomeId, s.written])).toEqual([
      ['loip-0', 'no-01', false],
      [SOA, 'no-01', false],
      [SOA, 'no-06', true],
      [SOA, 'no-09', false],
    ]);
    expect(sections[2]).toMatchObject({
      localPriority: 'Fewer islanders smoke',
      crossReferences: [{ plan: 'NHS Orkney Local Delivery Plan', reference: 'HEAT H4' }],
    });

    const amendments = await amendmentsOfAgreements(ds, [SOA]);
    expect(amendments.map((a) => [a.amendmentNumber, a.decisionId, a.summary])).toEqual([
      [1, 'd-amend-1', 'Economy outcome reworded'],
      [2, 'd-amend-1', 'Quit attempts merged'],
    ]);
  });

  it('lists outcomes and indicators in batches, retired ones with their status', async () => {
    const ds = await project(scenario());

    const outcomes = await localOutcomesOfAgreements(ds, [SOA, 'loip-1']);
    expect(outcomes.map((o) => [o.localOutcomeId, o.title, o.status])).toEqual([
      ['lo-economy', 'A resilient isles economy', 'active'],
      ['lo-smoke-free', 'Smoke-free lives', 'active'],
    ]);
    const byIds = await localOutcomesByIds(ds, [
      { agreementId: SOA, localOutcomeId: 'lo-smoke-free' },
      { agreementId: 'loip-0', localOutcomeId: 'lo-economy' },
    ]);
    expect(byIds.map((o) => o.title)).toEqual(['Smoke-free lives']);

    const intermediate = await intermediateOutcomesOfLocalOutcomes(ds, [
      { agreementId: SOA, localOutcomeId: 'lo-smoke-free' },
      { agreementId: SOA, localOutcomeId: 'lo-economy' },
    ]);
    expect(intermediate).toEqual([
      expect.objectContaining({
        intermediateOutcomeId: 'io-quits',
        localOutcomeId: 'lo-smoke-free',
        status: 'retired',
        retiredReason: 'Merged',
      }),
    ]);

    const indicators = await indicatorsOfOutcomes(ds, [
      { agreementId: SOA, outcomeId: 'lo-economy' },
      { agreementId: SOA, outcomeId: 'io-quits' },
    ]);
    expect(indicators.map((i) => [i.indicatorId, i.sourceKind, i.sourceId])).toEqual([
      ['ind-quits', 'local_menu', 'lm-smoking-quits'],
      ['ind-employment', 'national', 'ni-employment-rate'],
    ]);
  });

  it('rates each indicator on its latest current value, after the correction', async () => {
    const ds = await project(scenario());

    const [quits, employment] = await indicatorsOfOutcomes(ds, [
      { agreementId: SOA, outcomeId: 'lo-smoke-free' },
      { agreementId: SOA, outcomeId: 'lo-economy' },
    ]);
    // 196 quits in 2010-11 against 118 -> 200 by March 2011: 78 of 82, short at the deadline.
    expect(quits).toMatchObject({
      indicatorId: 'ind-quits',
      baselineValue: 118,
      targetValue: 200,
      latestPeriod: '2010-11',
      latestPeriodEnd: '2011-03-31',
      latestValue: 196,
      latestPublishedOn: '2011-06-14',
      previousPeriod: '2009-10',
      previousValue: 181,
      rag: 'amber',
      trend: 'improving',
      expectedProgress: 1,
    });
    expect(quits?.progress).toBeCloseTo(78 / 82, 12);
    // 82.9% against a baseline of 83.4%: below the baseline, though up on the year.
    expect(employment).toMatchObject({ latestValue: 82.9, rag: 'red', trend: 'improving' });
  });

  it('answers with the values as they could be known on a day', async () => {
    const ds = await project(scenario());
    const quits = [{ agreementId: SOA, indicatorId: 'ind-quits' }];
    const values = async (options: Parameters<typeof observationsOfIndicators>[2]) =>
      (await observationsOfIndicators(ds, quits, options)).map((o) => [
        o.period,
        o.value,
        o.supersededBy,
      ]);

    expect(await values({})).toEqual([
      ['2008-09', 142, null],
      ['2009-10', 181, null],
      ['2010-11', 196, null],
    ]);
    expect(await values({ includeSuperseded: true })).toEqual([
      ['2008-09', 142, null],
      ['2009-10', 168, 'obs-ind-quits-2009-10-revised'],
      ['2009-10', 181, null],
      ['2010-11', 196, null],
    ]);
    // The board in September 2010 saw 168, not yet corrected.
    expect(await values({ asKnownOn: '2010-09-14' })).toEqual([
      ['2008-09', 142, null],
      ['2009-10', 168, null],
    ]);
    expect(await values({ asKnownOn: '2010-09-14', includeSuperseded: true })).toEqual([
      ['2008-09', 142, null],
      ['2009-10', 168, null],
    ]);
    expect(await values({ asKnownOn: '2010-11-23' })).toEqual([
      ['2008-09', 142, null],
      ['2009-10', 181, null],
    ]);

    // 168 was behind the line (50 of 82 two-thirds of the way); the corrected 181 is on it.
    const [before] = await indicatorStatusesAsKnownOn(ds, quits, '2010-09-14');
    const [after] = await indicatorStatusesAsKnownOn(ds, quits, '2010-12-01');
    const [early] = await indicatorStatusesAsKnownOn(ds, quits, '2009-01-01');
    expect(before?.status).toMatchObject({ rag: 'amber', latest: { value: 168 } });
    expect(after?.status).toMatchObject({
      rag: 'green',
      latest: { value: 181 },
      trend: 'improving',
    });
    expect(early?.status).toBeNull();
  });

  it('pages through the list by period start, filtered by partnership and status', async () => {
    const ds = await project(scenario());

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await listAgreements(ds, { partnershipId: PARTNERSHIP }, { first: 1, after });
      seen.push(...page.items.map((a) => a.agreementId));
      pages += 1;
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(['loip-0', SOA, 'loip-2']);
    expect(pages).toBe(3);

    const all = await listAgreements(ds, {}, { first: 3 });
    expect(all.items.map((a) => a.agreementId)).toEqual(['loip-0', SOA, 'loip-2']);
    expect(all.hasNextPage).toBe(true);
    const rest = await listAgreements(ds, {}, { first: 3, after: all.endCursor });
    expect(rest.items.map((a) => a.agreementId)).toEqual(['loip-1', 'loip-3']);
    expect(rest.hasNextPage).toBe(false);

    const closed = await listAgreements(ds, { status: 'closed' }, { first: 10 });
    expect(closed.items).toEqual([
      expect.objectContaining({ agreementId: 'loip-3', closedOn: '2013-05-01' }),
    ]);
    await expect(listAgreements(ds, {}, { first: 1, after: 'not-a-cursor' })).rejects.toThrow();
  });

  it('is unchanged by every event applied twice, and rebuilt the same', async () => {
    await project(scenario());
    await runner?.stop();
    const live = await digestOf(stores.sql, agreementsProjection);

    await applyEverythingAgain(stores.store, stores.sql, agreementsProjection);
    expect(await digestOf(stores.sql, agreementsProjection)).toBe(live);

    await rebuildProjection(stores.store, stores.sql, agreementsProjection);
    expect(await digestOf(stores.sql, agreementsProjection)).toBe(live);
  });

  it('rates the Orkney story’s indicators on its published figures', async () => {
    // Withdrawals are left out: their handler flags commitments, which the deciders alone do not.
    const steps = orkneyDemo().filter((step) => step.command.type !== 'WithdrawPartner');
    const streams = replayThroughDeciders(steps);
    const ds = await project(
      [...streams].map(([id, events]): [string, NewEvent[]] => [
        id,
        events.map((event) => storable(event)),
      ]),
    );
    const agreementId = 'soa-orkney-2008-11';
    const outcomes = await localOutcomesOfAgreements(ds, [agreementId]);
    const indicators = await indicatorsOfOutcomes(
      ds,
      outcomes.map((o) => ({ agreementId, outcomeId: o.localOutcomeId })),
    );
    const ratings = Object.fromEntries(
      indicators.map((i) => [i.indicatorId, [i.latestValue, i.rag, i.trend]]),
    );
    expect(ratings).toEqual({
      'ind-employment-rate': [82.9, 'red', 'improving'],
      'ind-jsa-claimants': [1.9, 'red', 'improving'],
      'ind-positive-destinations': [92.6, 'green', 'improving'],
      'ind-adult-smoking': [20, 'green', 'improving'],
      'ind-successful-quits': [196, 'amber', 'improving'],
      'ind-accidental-dwelling-fires': [9.2, 'green', 'improving'],
      'ind-antisocial-behaviour': [1338, 'amber', 'improving'],
      'ind-isles-access-to-services': [70, 'red', 'worsening'],
      'ind-shared-services-savings': [310, 'amber', 'improving'],
      'ind-joint-contract-spend': [26, 'amber', 'improving'],
      'ind-fuel-poverty': [37, 'amber', 'improving'],
    });
    const agreement = await agreementById(ds, agreementId);
    expect(agreement).toMatchObject({ status: 'agreed', amendmentCount: 3 });

    await runner?.stop();
    const live = await digestOf(stores.sql, agreementsProjection);
    await applyEverythingAgain(stores.store, stores.sql, agreementsProjection);
    await rebuildProjection(stores.store, stores.sql, agreementsProjection);
    expect(await digestOf(stores.sql, agreementsProjection)).toBe(live);
  });
});
