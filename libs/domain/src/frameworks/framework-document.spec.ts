import { frameworkVersionDecider } from './framework.decider';
import { parseFrameworkDocument } from './framework-document';
import { FrameworkRule } from './framework.rules';
import { npf2007 } from './testing/framework-fixtures';
import { refusalOf } from './testing/refusal';
import { aCommand } from '../testing/command-builder';
import type { PublishFrameworkVersion } from './framework.commands';

/** A document as JSON.parse gives it: nothing shared with the fixture object. */
const aDocument = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...(JSON.parse(JSON.stringify(npf2007)) as Record<string, unknown>),
  ...changes,
});
const outcomesWith = (index: number, change: Record<string, unknown>) =>
  npf2007.nationalOutcomes.map((o, i) => (i === index ? { ...o, ...change } : o));

describe('a framework document', () => {
  it('parses into what PublishFrameworkVersion records', () => {
    expect(parseFrameworkDocument(aDocument())).toEqual({ ...npf2007, supersedes: null });
  });

  it('is accepted by the decider once parsed', () => {
    const data = parseFrameworkDocument(aDocument());
    const command = aCommand<PublishFrameworkVersion>('PublishFrameworkVersion', data);
    expect(frameworkVersionDecider.decide(command, { status: 'none' }, undefined)).toHaveLength(1);
  });

  it('names the version it supersedes, or none (null or absent)', () => {
    expect(parseFrameworkDocument(aDocument({ supersedes: 'npf-2003' })).supersedes).toBe(
      'npf-2003',
    );
    expect(parseFrameworkDocument(aDocument({ supersedes: null })).supersedes).toBeNull();
  });

  it('takes a YAML timestamp at midnight as the date it names', () => {
    const parsed = parseFrameworkDocument(
      aDocument({ publishedOn: new Date('2007-11-14T00:00:00Z') }),
    );
    expect(parsed.publishedOn).toBe('2007-11-14');
  });

  it('refuses any other instant rather than guessing its date', () => {
    const refusal = refusalOf(() =>
      parseFrameworkDocument(aDocument({ publishedOn: new Date('2007-11-14T12:30:00Z') })),
    );
    expect(refusal.rule).toBe(FrameworkRule.DocumentFieldMustHaveTheExpectedType);
    expect(refusal.field).toBe('publishedOn');
  });

  it.each([
    ['the document itself', [], undefined],
    ['a list', aDocument({ nationalOutcomes: 'none' }), 'nationalOutcomes'],
    ['an entry', aDocument({ strategicObjectives: ['Smarter'] }), 'strategicObjectives[0]'],
    [
      'a number',
      aDocument({ nationalOutcomes: outcomesWith(1, { number: '2' }) }),
      'nationalOutcomes[1].number',
    ],
    ['a text', aDocument({ label: 2007 }), 'label'],
    [
      'outcome ids',
      aDocument({ nationalIndicators: [{ id: 'ni-x', title: 'X', outcomeIds: 'no1' }] }),
      'nationalIndicators[0].outcomeIds',
    ],
    [
      'an outcome id',
      aDocument({ localIndicatorMenu: [{ id: 'lm-x', title: 'X', outcomeIds: [1] }] }),
      'localIndicatorMenu[0].outcomeIds[0]',
    ],
  ])('refuses a value of the wrong type, naming it: %s', (_name, document, field) => {
    const refusal = refusalOf(() => parseFrameworkDocument(document));
    expect(refusal.rule).toBe(FrameworkRule.DocumentFieldMustHaveTheExpectedType);
    expect(refusal.field).toBe(field);
  });

  it.each([
    ['a top-level field', { nationalIndicators: undefined }, 'nationalIndicators'],
    [
      'a nested field',
      { nationalOutcomes: outcomesWith(2, { title: null }) },
      'nationalOutcomes[2].title',
    ],
  ])('refuses a missing field, naming it: %s', (_name, changes, field) => {
    const document = aDocument(changes);
    const refusal = refusalOf(() => parseFrameworkDocument(document));
    expect(refusal.rule).toBe(FrameworkRule.DocumentFieldMustBePresent);
    expect(refusal.field).toBe(field);
  });

  it.each([
    ['a misspelt optional field', { supercedes: 'npf-2003' }, 'supercedes'],
    [
      'a nested field',
      { nationalOutcomes: outcomesWith(0, { name: 'x' }) },
      'nationalOutcomes[0].name',
    ],
  ])('refuses an unknown field, naming it: %s', (_name, changes, field) => {
    const refusal = refusalOf(() => parseFrameworkDocument(aDocument(changes)));
    expect(refusal.rule).toBe(FrameworkRule.DocumentFieldMustBeKnown);
    expect(refusal.field).toBe(field);
  });

  it('applies the framework rules, naming the exact entry', () => {
    const outcomes = [...npf2007.nationalOutcomes, { id: 'no7', number: 4, title: '  ' }];
    const refusal = refusalOf(() =>
      parseFrameworkDocument(aDocument({ nationalOutcomes: outcomes })),
    );
    expect(refusal.rule).toBe(FrameworkRule.TextMustNotBeBlank);
    expect(refusal.field).toBe('nationalOutcomes[3].title');
  });

  it('applies the numbering and reference rules', () => {
    expect(
      refusalOf(() =>
        parseFrameworkDocument(aDocument({ nationalOutcomes: outcomesWith(2, { number: 4 }) })),
      ),
    ).toMatchObject({
      rule: FrameworkRule.OutcomeNumbersMustRunFromOneWithoutGaps,
      field: 'nationalOutcomes[2].number',
    });
    expect(
      refusalOf(() =>
        parseFrameworkDocument(
          aDocument({ localIndicatorMenu: [{ id: 'lm-x', title: 'X', outcomeIds: ['no15'] }] }),
        ),
      ),
    ).toMatchObject({
      rule: FrameworkRule.IndicatorsMustTrackOutcomesOfTheirVersion,
      field: 'localIndicatorMenu[0].outcomeIds[0]',
    });
  });
});
