import fc from 'fast-check';
import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import { aCommand } from '../testing/command-builder';
import { checkDeciderProperties } from '../testing/decider-properties';
import type {
  FrameworkVersionCommand,
  PublishFrameworkVersion,
  SupersedeFrameworkVersion,
} from './framework.commands';
import { supersededVersionFacts, type FrameworkVersionContext } from './framework.context';
import { frameworkVersionDecider, frameworkVersionStreamId } from './framework.decider';
import { FrameworkRule } from './framework.rules';
import { npf2007, npf2007Published, npf2007Superseded } from './testing/framework-fixtures';
import { refusalOf } from './testing/refusal';

const spec = specify(frameworkVersionDecider);
const publish = (data: Partial<PublishFrameworkVersion['data']> = {}) =>
  aCommand<PublishFrameworkVersion>('PublishFrameworkVersion', { ...npf2007, ...data });
const supersede = (data: Partial<SupersedeFrameworkVersion['data']> = {}) =>
  aCommand<SupersedeFrameworkVersion>('SupersedeFrameworkVersion', {
    frameworkVersionId: 'npf-2007',
    supersededBy: 'npf-2011',
    on: '2011-12-01',
    ...data,
  });
const npf2011 = (data: Partial<PublishFrameworkVersion['data']> = {}) =>
  publish({
    frameworkVersionId: 'npf-2011',
    publishedOn: '2011-12-01',
    supersedes: 'npf-2007',
    ...data,
  });
const current2007: FrameworkVersionContext = {
  superseded: { status: 'published', publishedOn: '2007-11-14' },
};

/** The field a refusal names, for rules whose point is to say exactly where the problem is. */
const refusedField = (command: FrameworkVersionCommand) =>
  refusalOf(() => frameworkVersionDecider.decide(command, { status: 'none' }, undefined)).field;

describe('a national framework version', () => {
  describe('is published', () => {
    it('with its purpose, objectives, numbered outcomes, indicators and local menu', () => {
      spec.given([]).when(publish()).then([npf2007Published]);
    });

    it('with its text trimmed', () => {
      spec
        .given([])
        .when(
          publish({
            label: '  2007 National Performance Framework ',
            strategicObjectives: [{ id: 'smarter', title: ' Smarter ' }],
          }),
        )
        .then([
          {
            ...npf2007Published,
            data: {
              ...npf2007Published.data,
              strategicObjectives: [{ id: 'smarter', title: 'Smarter' }],
            },
          },
        ]);
    });

    it('once: a published version never changes, not even to the same content', () => {
      spec
        .given([npf2007Published])
        .when(publish())
        .thenViolates(FrameworkRule.CannotBePublishedTwice);
    });

    it('with a well-formed id, a label, a purpose and a publication date', () => {
      spec
        .given([])
        .when(publish({ frameworkVersionId: 'npf 2007' }))
        .thenViolates(FrameworkRule.IdentifierMustBeWellFormed);
      spec
        .given([])
        .when(publish({ label: ' ' }))
        .thenViolates(FrameworkRule.TextMustNotBeBlank);
      spec
        .given([])
        .when(publish({ purpose: '' }))
        .thenViolates(FrameworkRule.TextMustNotBeBlank);
      spec
        .given([])
        .when(publish({ publishedOn: '2007-02-30' }))
        .thenViolates(FrameworkRule.DateMustBeACalendarDate);
    });

    it('naming the exact entry whose text is blank', () => {
      const outcomes = npf2007.nationalOutcomes.map((o, i) => (i === 2 ? { ...o, title: ' ' } : o));
      expect(refusedField(publish({ nationalOutcomes: outcomes }))).toBe(
        'nationalOutcomes[2].title',
      );
    });

    it('with ids unique within each list', () => {
      const objectives = [
        ...npf2007.strategicObjectives,
        { id: 'smarter', title: 'Smarter still' },
      ];
      spec
        .given([])
        .when(publish({ strategicObjectives: objectives }))
        .thenViolates(FrameworkRule.IdsMustBeUniqueWithinEachList);
      expect(refusedField(publish({ strategicObjectives: objectives }))).toBe(
        'strategicObjectives[5].id',
      );
    });

    it('allows the same id in different lists', () => {
      const menu = [{ id: 'ni-employment', title: 'Employment rate', outcomeIds: ['no2'] }];
      expect(
        frameworkVersionDecider.decide(
          publish({ localIndicatorMenu: menu }),
          { status: 'none' },
          undefined,
        ),
      ).toHaveLength(1);
    });

    it('with at least one national outcome', () => {
      spec
        .given([])
        .when(publish({ nationalOutcomes: [], nationalIndicators: [], localIndicatorMenu: [] }))
        .thenViolates(FrameworkRule.NeedsANationalOutcome);
    });

    it.each([
      ['a gap', [1, 2, 4]],
      ['a repeat', [1, 1, 2]],
      ['a zero', [0, 1, 2]],
      ['a fraction', [1, 2, 2.5]],
    ])('with outcomes numbered 1..n: refuses %s', (_name, numbers) => {
      const outcomes = npf2007.nationalOutcomes.map((o, i) => ({ ...o, number: numbers[i]! }));
      spec
        .given([])
        .when(publish({ nationalOutcomes: outcomes }))
        .thenViolates(FrameworkRule.OutcomeNumbersMustRunFromOneWithoutGaps);
    });

    it('with outcomes numbered 1..n in any order', () => {
      const outcomes = [...npf2007.nationalOutcomes].reverse();
      expect(
        frameworkVersionDecider.decide(
          publish({ nationalOutcomes: outcomes }),
          { status: 'none' },
          undefined,
        ),
      ).toHaveLength(1);
    });

    it('with every indicator tracking national outcomes of the same version', () => {
      const stray = [{ id: 'ni-x', title: 'Stray', outcomeIds: ['no2', 'no99'] }];
      spec
        .given([])
        .when(publish({ nationalIndicators: stray }))
        .thenViolates(FrameworkRule.IndicatorsMustTrackOutcomesOfTheirVersion);
      expect(refusedField(publish({ nationalIndicators: stray }))).toBe(
        'nationalIndicators[0].outcomeIds[1]',
      );
      spec
        .given([])
        .when(
          publish({ localIndicatorMenu: [{ id: 'lm-x', title: 'Untethered', outcomeIds: [] }] }),
        )
        .thenViolates(FrameworkRule.IndicatorsMustTrackOutcomesOfTheirVersion);
    });

    it('with each indicator naming an outcome once', () => {
      spec
        .given([])
        .when(
          publish({
            nationalIndicators: [{ id: 'ni-x', title: 'Twice', outcomeIds: ['no2', 'no2'] }],
          }),
        )
        .thenViolates(FrameworkRule.IdsMustBeUniqueWithinEachList);
    });
  });

  describe('supersedes an earlier version when published', () => {
    it('recording which one', () => {
      const command = npf2011();
      spec
        .given([], current2007)
        .when(command)
        .then([
          {
            type: 'FrameworkVersionPublished',
            schemaVersion: 1,
            data: {
              ...npf2007,
              frameworkVersionId: 'npf-2011',
              publishedOn: '2011-12-01',
              supersedes: 'npf-2007',
            },
          },
        ]);
    });

    it('but not itself', () => {
      spec
        .given([])
        .when(publish({ supersedes: 'npf-2007' }))
        .thenViolates(FrameworkRule.CannotSupersedeItself);
    });

    it('only when that version was published', () => {
      spec
        .given([], { superseded: null })
        .when(npf2011())
        .thenViolates(FrameworkRule.SupersededVersionMustExist);
      spec
        .given([], undefined)
        .when(npf2011())
        .thenViolates(FrameworkRule.SupersededVersionMustExist);
    });

    it('only when that version is still current', () => {
      spec
        .given([], { superseded: { status: 'superseded', publishedOn: '2007-11-14' } })
        .when(npf2011())
        .thenViolates(FrameworkRule.SupersededVersionMustBeCurrent);
    });

    it('not before that version was published', () => {
      spec
        .given([], current2007)
        .when(npf2011({ publishedOn: '2007-11-13' }))
        .thenViolates(FrameworkRule.CannotBePublishedBeforeTheVersionItSupersedes);
    });
  });

  describe('is marked superseded on its own stream', () => {
    it('by a different version, on or after its publication', () => {
      spec.given([npf2007Published]).when(supersede()).then([npf2007Superseded]);
    });

    it('only once published', () => {
      spec.given([]).when(supersede()).thenViolates(FrameworkRule.MustBePublished);
    });

    it('only once', () => {
      spec
        .given([npf2007Published, npf2007Superseded])
        .when(supersede({ supersededBy: 'npf-2016' }))
        .thenViolates(FrameworkRule.CannotBeSupersededTwice);
    });

    it('never by itself', () => {
      spec
        .given([npf2007Published])
        .when(supersede({ supersededBy: 'npf-2007' }))
        .thenViolates(FrameworkRule.CannotSupersedeItself);
    });

    it('never before it was published', () => {
      spec
        .given([npf2007Published])
        .when(supersede({ on: '2007-11-13' }))
        .thenViolates(FrameworkRule.SupersessionCannotPrecedePublication);
      spec
        .given([npf2007Published])
        .when(supersede({ on: '2007-11-14' }))
        .then([
          {
            ...npf2007Superseded,
            data: { ...npf2007Superseded.data, on: '2007-11-14' },
          },
        ]);
    });

    it('with a well-formed successor id and date', () => {
      spec
        .given([npf2007Published])
        .when(supersede({ supersededBy: '' }))
        .thenViolates(FrameworkRule.IdentifierMustBeWellFormed);
      spec
        .given([npf2007Published])
        .when(supersede({ on: '1 December 2011' }))
        .thenViolates(FrameworkRule.DateMustBeACalendarDate);
    });

    it('keeping its content readable', () => {
      const state = [npf2007Published, npf2007Superseded].reduce(
        frameworkVersionDecider.evolve,
        frameworkVersionDecider.initialState(),
      );
      expect(state).toEqual({
        status: 'superseded',
        version: npf2007Published.data,
        supersededBy: 'npf-2011',
        supersededOn: '2011-12-01',
      });
    });
  });

  it('gives the facts a newer version needs about the one it supersedes', () => {
    const published = frameworkVersionDecider.evolve({ status: 'none' }, npf2007Published);
    const superseded = frameworkVersionDecider.evolve(published, npf2007Superseded);
    expect(supersededVersionFacts({ status: 'none' })).toBeNull();
    expect(supersededVersionFacts(published)).toEqual({
      status: 'published',
      publishedOn: '2007-11-14',
    });
    expect(supersededVersionFacts(superseded)).toEqual({
      status: 'superseded',
      publishedOn: '2007-11-14',
    });
  });

  it('lives on a stream of its own', () => {
    expect(frameworkVersionStreamId('npf-2007')).toBe('framework-version-npf-2007');
  });

  it('replays any command sequence to the state built step by step, and refuses without changing', () => {
    const anyCommand: fc.Arbitrary<FrameworkVersionCommand> = fc.oneof(
      fc.constantFrom(
        publish(),
        publish({ label: ' ' }),
        publish({ nationalOutcomes: [] }),
        publish({ supersedes: 'npf-2003', publishedOn: '2002-01-01' }),
        publish({ supersedes: 'npf-2003' }),
      ),
      fc
        .record({
          supersededBy: fc.constantFrom('npf-2011', 'npf-2007', ''),
          on: fc.constantFrom('2006-01-01', '2011-12-01', 'soon'),
        })
        .map((data) => supersede(data)),
    );
    const totals = checkDeciderProperties(
      frameworkVersionDecider,
      fc.array(anyCommand, { maxLength: 8 }),
      (): FrameworkVersionContext => ({
        superseded: { status: 'published', publishedOn: '2003-02-01' },
      }),
    );
    expect(totals.accepted).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });
});
