import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import { refusalOf } from '../frameworks/testing/refusal';
import { aCommand } from '../testing/command-builder';
import type {
  AddIndicator,
  AddIntermediateOutcome,
  AddLocalOutcome,
  AgreementCommand,
  ReviseIndicator,
  WriteSection,
} from './agreement.commands';
import { agreementDecider } from './agreement.decider';
import type { AgreementEvent } from './agreement.events';
import { AgreementRule } from './agreement.rules';
import {
  drafted,
  employmentRate,
  indicatorAdded,
  intermediateOutcomeAdded,
  localOutcomeAdded,
  of,
} from './testing/agreement-fixtures';

const spec = specify(agreementDecider);
const command = aCommand<AgreementCommand>;
const section = (data: Partial<WriteSection['data']> = {}) =>
  aCommand<WriteSection>('WriteSection', {
    ...of,
    nationalOutcomeId: 'no2',
    localPriority: ' Keeping young people in the isles ',
    areaProfile: 'Older than the Scottish average; outward migration of 16-24 year olds.',
    keyLocalCauses: 'Few year-round jobs on the outer isles.',
    pastTrends: '',
    crossReferences: [{ plan: 'Community Plan 2008', reference: 'section 4.2' }],
    ...data,
  });
const localOutcome = (data: Partial<AddLocalOutcome['data']> = {}) =>
  aCommand<AddLocalOutcome>('AddLocalOutcome', {
    ...of,
    nationalOutcomeId: 'no2',
    localOutcomeId: 'lo-jobs',
    title: ' More people in the isles are in sustained work ',
    description: 'Employment in the isles keeps pace with the mainland.',
    ...data,
  });
const intermediate = (data: Partial<AddIntermediateOutcome['data']> = {}) =>
  aCommand<AddIntermediateOutcome>('AddIntermediateOutcome', {
    ...of,
    localOutcomeId: 'lo-jobs',
    intermediateOutcomeId: 'io-skills',
    title: 'Young people leave school with vocational qualifications',
    ...data,
  });
const indicator = (data: Partial<AddIndicator['data']> = {}) =>
  aCommand<AddIndicator>('AddIndicator', {
    ...of,
    indicatorId: 'ind-employment',
    outcomeId: 'lo-jobs',
    ...employmentRate,
    ...data,
  });
const revision = (data: Partial<ReviseIndicator['data']> = {}) =>
  aCommand<ReviseIndicator>('ReviseIndicator', {
    ...of,
    indicatorId: 'ind-employment',
    ...employmentRate,
    ...data,
  });
const retired = (
  type: 'LocalOutcomeRetired' | 'IndicatorRetired' | 'IntermediateOutcomeRetired',
  id: string,
) =>
  ({
    type,
    schemaVersion: 1,
    data: {
      ...of,
      ...(type === 'LocalOutcomeRetired'
        ? { localOutcomeId: id }
        : type === 'IndicatorRetired'
          ? { indicatorId: id }
          : { intermediateOutcomeId: id }),
      reason: 'no longer a priority',
      decision: null,
    },
  }) as AgreementEvent;
const withOutcome = [drafted, localOutcomeAdded];
const withIntermediate = [...withOutcome, intermediateOutcomeAdded];
const withIndicator = [...withOutcome, indicatorAdded];

describe('while an agreement is a draft', () => {
  it('nothing is written to an agreement that has not been drafted', () => {
    spec.given([]).when(section()).thenViolates(AgreementRule.MustBeDrafted);
  });

  it('nothing is written to it in the name of another partnership', () => {
    spec
      .given([drafted])
      .when(localOutcome({ partnershipId: 'p-shetland' }))
      .thenViolates(AgreementRule.MustBelongToTheNamedPartnership);
  });

  describe('a national outcome section', () => {
    it('is written with its local priority, profile, causes, trends and cross-references', () => {
      spec
        .given([drafted])
        .when(section())
        .then([
          {
            type: 'SectionWritten',
            schemaVersion: 1,
            data: {
              ...of,
              nationalOutcomeId: 'no2',
              localPriority: 'Keeping young people in the isles',
              areaProfile: 'Older than the Scottish average; outward migration of 16-24 year olds.',
              keyLocalCauses: 'Few year-round jobs on the outer isles.',
              pastTrends: '',
              crossReferences: [{ plan: 'Community Plan 2008', reference: 'section 4.2' }],
              decision: null,
            },
          },
        ]);
    });

    it('exists only for national outcomes of the framework version', () => {
      spec
        .given([drafted])
        .when(section({ nationalOutcomeId: 'no99' }))
        .thenViolates(AgreementRule.NationalOutcomeMustBelongToTheFrameworkVersion);
    });

    it('states a local priority', () => {
      spec
        .given([drafted])
        .when(section({ localPriority: ' ' }))
        .thenViolates(AgreementRule.TextMustNotBeBlank);
    });

    it('names the plan and the place in it of each cross-reference', () => {
      const crossReferences = [
        { plan: 'Community Plan 2008', reference: '4.2' },
        { plan: '', reference: '7' },
      ];
      const refusal = refusalOf(() =>
        agreementDecider.decide(
          section({ crossReferences }),
          agreementDecider.evolve({ status: 'none' }, drafted),
          undefined,
        ),
      );
      expect(refusal).toMatchObject({
        rule: AgreementRule.TextMustNotBeBlank,
        field: 'crossReferences[1].plan',
      });
    });
  });

  describe('a local outcome', () => {
    it('is added under a national outcome of the framework version', () => {
      spec.given([drafted]).when(localOutcome()).then([localOutcomeAdded]);
      spec
        .given([drafted])
        .when(localOutcome({ nationalOutcomeId: 'no99' }))
        .thenViolates(AgreementRule.NationalOutcomeMustBelongToTheFrameworkVersion);
    });

    it('has a well-formed id, a title and a description', () => {
      spec
        .given([drafted])
        .when(localOutcome({ localOutcomeId: 'lo jobs' }))
        .thenViolates(AgreementRule.IdentifierMustBeWellFormed);
      spec
        .given([drafted])
        .when(localOutcome({ description: '' }))
        .thenViolates(AgreementRule.TextMustNotBeBlank);
    });

    it('is added once under its id, which is never reused, even after retirement', () => {
      spec
        .given(withOutcome)
        .when(localOutcome())
        .thenViolates(AgreementRule.OutcomeCannotBeAddedTwice);
      spec
        .given([...withOutcome, retired('LocalOutcomeRetired', 'lo-jobs')])
        .when(localOutcome())
        .thenViolates(AgreementRule.OutcomeCannotBeAddedTwice);
    });

    it('is revised while active, keeping its national outcome', () => {
      spec
        .given(withOutcome)
        .when(
          command('ReviseLocalOutcome', {
            ...of,
            localOutcomeId: 'lo-jobs',
            title: 'Sustained work',
            description: 'Year-round jobs',
          }),
        )
        .then([
          {
            type: 'LocalOutcomeRevised',
            schemaVersion: 1,
            data: {
              ...of,
              nationalOutcomeId: 'no2',
              localOutcomeId: 'lo-jobs',
              title: 'Sustained work',
              description: 'Year-round jobs',
              decision: null,
            },
          },
        ]);
      spec
        .given([...withOutcome, retired('LocalOutcomeRetired', 'lo-jobs')])
        .when(
          command('ReviseLocalOutcome', {
            ...of,
            localOutcomeId: 'lo-jobs',
            title: 'T',
            description: 'D',
          }),
        )
        .thenViolates(AgreementRule.LocalOutcomeMustBeActive);
      spec
        .given(withOutcome)
        .when(
          command('ReviseLocalOutcome', {
            ...of,
            localOutcomeId: 'lo-x',
            title: 'T',
            description: 'D',
          }),
        )
        .thenViolates(AgreementRule.LocalOutcomeMustBeActive);
    });

    it('is retired with a reason', () => {
      spec
        .given(withOutcome)
        .when(
          command('RetireLocalOutcome', {
            ...of,
            localOutcomeId: 'lo-jobs',
            reason: ' no longer a priority ',
          }),
        )
        .then([retired('LocalOutcomeRetired', 'lo-jobs')]);
      spec
        .given(withOutcome)
        .when(command('RetireLocalOutcome', { ...of, localOutcomeId: 'lo-jobs', reason: '' }))
        .thenViolates(AgreementRule.TextMustNotBeBlank);
    });

    it('is retired only once nothing under it is still active', () => {
      const retire = command('RetireLocalOutcome', {
        ...of,
        localOutcomeId: 'lo-jobs',
        reason: 'done',
      });
      spec
        .given(withIntermediate)
        .when(retire)
        .thenViolates(AgreementRule.OutcomeCannotBeRetiredWhileItHasActiveDependants);
      spec
        .given(withIndicator)
        .when(retire)
        .thenViolates(AgreementRule.OutcomeCannotBeRetiredWhileItHasActiveDependants);
      spec
        .given([...withIndicator, retired('IndicatorRetired', 'ind-employment')])
        .when(retire)
        .then([
          {
            ...retired('LocalOutcomeRetired', 'lo-jobs'),
            data: { ...of, localOutcomeId: 'lo-jobs', reason: 'done', decision: null },
          } as AgreementEvent,
        ]);
    });
  });

  describe('an intermediate outcome', () => {
    it('is added under an active local outcome', () => {
      spec.given(withOutcome).when(intermediate()).then([intermediateOutcomeAdded]);
      spec
        .given([...withOutcome, retired('LocalOutcomeRetired', 'lo-jobs')])
        .when(intermediate())
        .thenViolates(AgreementRule.LocalOutcomeMustBeActive);
    });

    it('shares one set of ids with local outcomes', () => {
      spec
        .given(withOutcome)
        .when(intermediate({ intermediateOutcomeId: 'lo-jobs' }))
        .thenViolates(AgreementRule.OutcomeCannotBeAddedTwice);
      spec
        .given(withIntermediate)
        .when(localOutcome({ localOutcomeId: 'io-skills' }))
        .thenViolates(AgreementRule.OutcomeCannotBeAddedTwice);
    });

    it('is revised and retired while active', () => {
      spec
        .given(withIntermediate)
        .when(
          command('ReviseIntermediateOutcome', {
            ...of,
            intermediateOutcomeId: 'io-skills',
            title: 'Modern apprenticeships',
          }),
        )
        .then([
          {
            type: 'IntermediateOutcomeRevised',
            schemaVersion: 1,
            data: {
              ...of,
              localOutcomeId: 'lo-jobs',
              intermediateOutcomeId: 'io-skills',
              title: 'Modern apprenticeships',
              decision: null,
            },
          },
        ]);
      spec
        .given([...withIntermediate, retired('IntermediateOutcomeRetired', 'io-skills')])
        .when(
          command('RetireIntermediateOutcome', {
            ...of,
            intermediateOutcomeId: 'io-skills',
            reason: 'again',
          }),
        )
        .thenViolates(AgreementRule.IntermediateOutcomeMustBeActive);
    });

    it('is retired only once no indicator tracks it', () => {
      spec
        .given([
          ...withIntermediate,
          {
            ...indicatorAdded,
            data: { ...indicatorAdded.data, intermediateOutcomeId: 'io-skills' },
          } as AgreementEvent,
        ])
        .when(
          command('RetireIntermediateOutcome', {
            ...of,
            intermediateOutcomeId: 'io-skills',
            reason: 'done',
          }),
        )
        .thenViolates(AgreementRule.OutcomeCannotBeRetiredWhileItHasActiveDependants);
    });
  });

  describe('an indicator', () => {
    it('is added to a local outcome with its source, unit, baseline, target and direction', () => {
      spec.given(withOutcome).when(indicator()).then([indicatorAdded]);
    });

    it('is added to an intermediate outcome, recording the local outcome above it', () => {
      spec
        .given(withIntermediate)
        .when(indicator({ outcomeId: 'io-skills' }))
        .then([
          {
            ...indicatorAdded,
            data: { ...indicatorAdded.data, intermediateOutcomeId: 'io-skills' },
          } as AgreementEvent,
        ]);
    });

    it('tracks an active outcome of the agreement', () => {
      spec
        .given(withOutcome)
        .when(indicator({ outcomeId: 'lo-missing' }))
        .thenViolates(AgreementRule.IndicatorMustTrackAnActiveOutcome);
      spec
        .given([...withIntermediate, retired('IntermediateOutcomeRetired', 'io-skills')])
        .when(indicator({ outcomeId: 'io-skills' }))
        .thenViolates(AgreementRule.IndicatorMustTrackAnActiveOutcome);
    });

    it('is added once under its id', () => {
      spec
        .given(withIndicator)
        .when(indicator())
        .thenViolates(AgreementRule.IndicatorCannotBeAddedTwice);
    });

    it('comes from the national indicators or local menu of the framework version, or is local', () => {
      spec
        .given(withOutcome)
        .when(indicator({ source: { kind: 'national', nationalIndicatorId: 'ni-unknown' } }))
        .thenViolates(AgreementRule.NationalIndicatorMustBelongToTheFrameworkVersion);
      spec
        .given(withOutcome)
        .when(indicator({ source: { kind: 'local_menu', menuIndicatorId: 'ni-employment' } }))
        .thenViolates(AgreementRule.MenuIndicatorMustBeOnTheFrameworkVersionsLocalMenu);
      spec
        .given(withOutcome)
        .when(indicator({ source: { kind: 'hearsay' } }))
        .thenViolates(AgreementRule.IndicatorSourceMustBeKnown);
      spec
        .given(withOutcome)
        .when(indicator({ source: { kind: 'local_menu', menuIndicatorId: 'lm-jsa-claimants' } }))
        .then([
          {
            ...indicatorAdded,
            data: {
              ...indicatorAdded.data,
              source: { kind: 'local_menu', menuIndicatorId: 'lm-jsa-claimants' },
            },
          } as AgreementEvent,
        ]);
      spec
        .given(withOutcome)
        .when(indicator({ source: { kind: 'local', nationalIndicatorId: 'ignored' } }))
        .then([
          {
            ...indicatorAdded,
            data: { ...indicatorAdded.data, source: { kind: 'local' } },
          } as AgreementEvent,
        ]);
    });

    it('has a title and a unit', () => {
      spec
        .given(withOutcome)
        .when(indicator({ unit: ' ' }))
        .thenViolates(AgreementRule.TextMustNotBeBlank);
    });

    it('has a baseline and a target that are numbers on calendar dates, the target later', () => {
      spec
        .given(withOutcome)
        .when(indicator({ baseline: { value: Number.NaN, date: '2007-12-31' } }))
        .thenViolates(AgreementRule.NumberMustBeFinite);
      spec
        .given(withOutcome)
        .when(indicator({ target: { value: 80, date: '2011-13-01' } }))
        .thenViolates(AgreementRule.DateMustBeACalendarDate);
      spec
        .given(withOutcome)
        .when(indicator({ target: { value: 80, date: '2007-12-31' } }))
        .thenViolates(AgreementRule.TargetDateMustFollowBaselineDate);
    });

    it('names its direction of improvement', () => {
      spec
        .given(withOutcome)
        .when(indicator({ direction: 'sideways' }))
        .thenViolates(AgreementRule.DirectionOfImprovementMustBeKnown);
    });

    it('is revised in full while active, under the same rules', () => {
      const target = { value: 81, date: '2011-03-31' };
      spec
        .given(withIndicator)
        .when(revision({ target }))
        .then([
          {
            type: 'IndicatorRevised',
            schemaVersion: 1,
            data: {
              ...of,
              indicatorId: 'ind-employment',
              ...employmentRate,
              target,
              decision: null,
            },
          },
        ]);
      spec
        .given(withIndicator)
        .when(revision({ direction: 'up' }))
        .thenViolates(AgreementRule.DirectionOfImprovementMustBeKnown);
      spec
        .given([...withIndicator, retired('IndicatorRetired', 'ind-employment')])
        .when(revision())
        .thenViolates(AgreementRule.IndicatorMustBeActive);
    });

    it('is retired once, with a reason', () => {
      const retire = command('RetireIndicator', {
        ...of,
        indicatorId: 'ind-employment',
        reason: 'no longer a priority',
      });
      spec
        .given(withIndicator)
        .when(retire)
        .then([retired('IndicatorRetired', 'ind-employment')]);
      spec
        .given([...withIndicator, retired('IndicatorRetired', 'ind-employment')])
        .when(retire)
        .thenViolates(AgreementRule.IndicatorMustBeActive);
    });
  });
});
