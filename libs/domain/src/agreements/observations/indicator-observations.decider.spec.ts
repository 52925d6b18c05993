import fc from 'fast-check';
import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import { aCommand } from '../../testing/command-builder';
import { checkDeciderProperties } from '../../testing/decider-properties';
import { agreementDecider } from '../agreement.decider';
import type { AgreementEvent } from '../agreement.events';
import { agreedHistory, of } from '../testing/agreement-fixtures';
import type {
  CorrectIndicatorObservation,
  IndicatorObservationCommand,
  RecordIndicatorObservation,
} from './indicator-observations.commands';
import {
  indicatorObservationsContextFrom,
  type IndicatorObservationsContext,
} from './indicator-observations.context';
import {
  indicatorObservationsDecider,
  indicatorObservationsStreamId,
} from './indicator-observations.decider';
import type { IndicatorObservationEvent } from './indicator-observations.events';
import { ObservationRule } from './indicator-observations.rules';

const spec = specify(indicatorObservationsDecider);
const indicatorId = 'ind-employment';
const issuedAt = '2011-06-01T09:00:00.000Z';
const active: IndicatorObservationsContext = {
  indicator: { ...of, indicatorId, status: 'active' },
};
const retired: IndicatorObservationsContext = {
  indicator: { ...of, indicatorId, status: 'retired' },
};
const record = (data: Partial<RecordIndicatorObservation['data']> = {}) =>
  aCommand<RecordIndicatorObservation>(
    'RecordIndicatorObservation',
    {
      ...of,
      indicatorId,
      observationId: 'obs-2009-10',
      period: ' 2009-10 ',
      periodStart: '2009-04-01',
      periodEnd: '2010-03-31',
      value: 79.1,
      source: ' Annual Population Survey ',
      publishedOn: '2010-09-15',
      ...data,
    },
    { issuedAt },
  );
const correct = (data: Partial<CorrectIndicatorObservation['data']> = {}) =>
  aCommand<CorrectIndicatorObservation>(
    'CorrectIndicatorObservation',
    {
      ...of,
      indicatorId,
      observationId: 'obs-2009-10-r1',
      supersedes: 'obs-2009-10',
      value: 78.8,
      source: 'Annual Population Survey (revised)',
      publishedOn: '2011-02-01',
      reason: ' Survey reweighted to the 2010 population estimates ',
      ...data,
    },
    { issuedAt },
  );
const recorded: IndicatorObservationEvent = {
  type: 'IndicatorObservationRecorded',
  schemaVersion: 1,
  data: {
    ...of,
    indicatorId,
    observationId: 'obs-2009-10',
    period: '2009-10',
    periodStart: '2009-04-01',
    periodEnd: '2010-03-31',
    value: 79.1,
    source: 'Annual Population Survey',
    publishedOn: '2010-09-15',
  },
};
const corrected: IndicatorObservationEvent = {
  type: 'IndicatorObservationCorrected',
  schemaVersion: 1,
  data: {
    ...recorded.data,
    observationId: 'obs-2009-10-r1',
    value: 78.8,
    source: 'Annual Population Survey (revised)',
    publishedOn: '2011-02-01',
    supersedes: 'obs-2009-10',
    reason: 'Survey reweighted to the 2010 population estimates',
  },
};

describe('indicator observations', () => {
  describe('are recorded', () => {
    it('as a value for a period, from a source, published on a date', () => {
      spec.given([], active).when(record()).then([recorded]);
    });

    it('for an indicator of the agreement they name', () => {
      spec
        .given([], { indicator: null })
        .when(record())
        .thenViolates(ObservationRule.IndicatorMustBelongToTheAgreement);
      spec
        .given([], undefined)
        .when(record())
        .thenViolates(ObservationRule.IndicatorMustBelongToTheAgreement);
      spec
        .given([], { indicator: { ...of, indicatorId: 'ind-other', status: 'active' } })
        .when(record())
        .thenViolates(ObservationRule.IndicatorMustBelongToTheAgreement);
    });

    it('in the name of the partnership whose agreement it is', () => {
      spec
        .given([], active)
        .when(record({ partnershipId: 'p-shetland' }))
        .thenViolates(ObservationRule.IndicatorMustBelongToTheNamedPartnership);
    });

    it('for new periods only while the indicator is active', () => {
      spec
        .given([], retired)
        .when(record())
        .thenViolates(ObservationRule.OnlyAnActiveIndicatorTakesNewPeriods);
    });

    it('on the stream of their own indicator', () => {
      const otherIndicators = {
        ...recorded,
        data: { ...recorded.data, indicatorId: 'ind-other' },
      } as IndicatorObservationEvent;
      spec
        .given([otherIndicators], active)
        .when(record({ observationId: 'obs-new', period: '2010-11' }))
        .thenViolates(ObservationRule.MustBeRecordedOnItsIndicatorsStream);
    });

    it('once per period: a later value is a correction', () => {
      spec
        .given([recorded], active)
        .when(record({ observationId: 'obs-again' }))
        .thenViolates(ObservationRule.PeriodIsRecordedOnceThenCorrected);
    });

    it('under an observation id never used before', () => {
      spec
        .given([recorded], active)
        .when(record({ period: '2010-11', periodStart: '2010-04-01', periodEnd: '2011-03-31' }))
        .thenViolates(ObservationRule.ObservationIdCannotBeReused);
      spec
        .given([], active)
        .when(record({ observationId: 'obs 1' }))
        .thenViolates(ObservationRule.IdentifierMustBeWellFormed);
    });

    it('with a period label, a period that ends after it starts, a number and a source', () => {
      spec
        .given([], active)
        .when(record({ period: '' }))
        .thenViolates(ObservationRule.TextMustNotBeBlank);
      spec
        .given([], active)
        .when(record({ periodEnd: '2009-04-01' }))
        .thenViolates(ObservationRule.PeriodMustEndAfterItStarts);
      spec
        .given([], active)
        .when(record({ value: Number.POSITIVE_INFINITY }))
        .thenViolates(ObservationRule.NumberMustBeFinite);
      spec
        .given([], active)
        .when(record({ source: ' ' }))
        .thenViolates(ObservationRule.TextMustNotBeBlank);
      spec
        .given([], active)
        .when(record({ publishedOn: '2010-09-31' }))
        .thenViolates(ObservationRule.DateMustBeACalendarDate);
    });

    it('published no later than the day they are recorded', () => {
      spec
        .given([], active)
        .when(record({ publishedOn: '2011-06-02' }))
        .thenViolates(ObservationRule.CannotBePublishedInTheFuture);
    });

    it('published no earlier than the start of their period', () => {
      spec
        .given([], active)
        .when(record({ publishedOn: '2009-03-31' }))
        .thenViolates(ObservationRule.CannotBePublishedBeforeItsPeriodStarts);
    });
  });

  describe('are corrected, never edited', () => {
    it('by a new observation superseding the current one of its period, with a reason', () => {
      spec.given([recorded], active).when(correct()).then([corrected]);
    });

    it('even once the indicator has been retired', () => {
      spec.given([recorded], retired).when(correct()).then([corrected]);
    });

    it('again and again, each correction superseding the last', () => {
      spec
        .given([recorded, corrected], active)
        .when(correct({ observationId: 'obs-2009-10-r2', supersedes: 'obs-2009-10-r1' }))
        .then([
          {
            ...corrected,
            data: {
              ...corrected.data,
              observationId: 'obs-2009-10-r2',
              supersedes: 'obs-2009-10-r1',
            },
          },
        ]);
    });

    it('only of the current value of a period', () => {
      spec
        .given([recorded], active)
        .when(correct({ supersedes: 'obs-unknown' }))
        .thenViolates(ObservationRule.CorrectionMustSupersedeTheCurrentObservation);
      spec
        .given([recorded, corrected], active)
        .when(correct({ observationId: 'obs-2009-10-r2' }))
        .thenViolates(ObservationRule.CorrectionMustSupersedeTheCurrentObservation);
    });

    it('under a new observation id', () => {
      spec
        .given([recorded], active)
        .when(correct({ observationId: 'obs-2009-10' }))
        .thenViolates(ObservationRule.ObservationIdCannotBeReused);
    });

    it('not published before what they correct', () => {
      spec
        .given([recorded], active)
        .when(correct({ publishedOn: '2010-09-14' }))
        .thenViolates(ObservationRule.CorrectionCannotBePublishedBeforeWhatItCorrects);
      spec
        .given([recorded], active)
        .when(correct({ publishedOn: '2010-09-15' }))
        .then([
          {
            ...corrected,
            data: { ...corrected.data, publishedOn: '2010-09-15' },
          },
        ]);
    });

    it('for a known indicator of the agreement, with a reason, published by now', () => {
      spec
        .given([recorded], { indicator: null })
        .when(correct())
        .thenViolates(ObservationRule.IndicatorMustBelongToTheAgreement);
      spec
        .given([recorded], active)
        .when(correct({ reason: '' }))
        .thenViolates(ObservationRule.TextMustNotBeBlank);
      spec
        .given([recorded], active)
        .when(correct({ publishedOn: '2012-01-01' }))
        .thenViolates(ObservationRule.CannotBePublishedInTheFuture);
    });
  });

  it('live on a stream per indicator of an agreement', () => {
    expect(indicatorObservationsStreamId('soa-orkney-2008', 'ind-employment')).toBe(
      'indicator-observations-soa-orkney-2008-ind-employment',
    );
  });

  it('take their context from the agreement that defines the indicator', () => {
    const agreed = agreedHistory.reduce(agreementDecider.evolve, agreementDecider.initialState());
    const retirement: AgreementEvent = {
      type: 'IndicatorRetired',
      schemaVersion: 1,
      data: { ...of, indicatorId, reason: 'replaced', decision: null },
    };
    expect(indicatorObservationsContextFrom(agreed, indicatorId)).toEqual(active);
    expect(
      indicatorObservationsContextFrom(agreementDecider.evolve(agreed, retirement), indicatorId),
    ).toEqual(retired);
    expect(indicatorObservationsContextFrom(agreed, 'ind-unknown')).toEqual({ indicator: null });
    expect(indicatorObservationsContextFrom({ status: 'none' }, indicatorId)).toEqual({
      indicator: null,
    });
  });

  it('replay any command sequence to the state built step by step, and refuse without changing', () => {
    const observationId = fc.constantFrom('o1', 'o2', 'o3', 'o4');
    const publishedOn = fc.constantFrom('2010-09-15', '2011-02-01', '2009-01-01', '2030-01-01');
    const anyCommand: fc.Arbitrary<IndicatorObservationCommand> = fc.oneof(
      fc
        .record({
          observationId,
          period: fc.constantFrom('2009-10', '2010-11', ''),
          value: fc.constantFrom(1, 2.5, Number.NaN),
          publishedOn,
        })
        .map((d) => record(d)),
      fc
        .record({
          observationId,
          supersedes: observationId,
          publishedOn,
          reason: fc.constantFrom('', 'revised'),
        })
        .map((d) => correct(d)),
    );
    const totals = checkDeciderProperties(
      indicatorObservationsDecider,
      fc.array(anyCommand, { maxLength: 20 }),
      () => active,
    );
    expect(totals.accepted).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });
});
