import { ensure } from '@concordat/shared-kernel';
import { ensureCalendarDate, ensureIdentifier, ensureText } from '../shared/field-rules';
import type { PublishFrameworkVersion } from './framework.commands';
import type {
  FrameworkIndicator,
  FrameworkVersionPublished,
  NationalOutcome,
  StrategicObjective,
} from './framework.events';
import { FrameworkRule } from './framework.rules';

/**
 * Checks what a framework version says on its own terms and returns it as it will be recorded,
 * text trimmed. Field paths name the offending entry (`nationalOutcomes[3].title`), so the same
 * check serves the decider and the document parser.
 */
export function frameworkVersionFrom(
  data: PublishFrameworkVersion['data'],
): FrameworkVersionPublished['data'] {
  ensureIdentifier(data.frameworkVersionId, 'frameworkVersionId');
  ensureText(data.label, 'label');
  ensureCalendarDate(data.publishedOn, 'publishedOn');
  ensureText(data.purpose, 'purpose');
  const supersedes = data.supersedes ?? null;
  if (supersedes !== null) {
    ensureIdentifier(supersedes, 'supersedes');
    ensure(
      supersedes !== data.frameworkVersionId,
      FrameworkRule.CannotSupersedeItself,
      'a framework version cannot supersede itself',
      'supersedes',
    );
  }
  const nationalOutcomes = entries(data.nationalOutcomes, 'nationalOutcomes', outcome);
  ensure(
    nationalOutcomes.length > 0,
    FrameworkRule.NeedsANationalOutcome,
    'a framework version needs at least one national outcome',
    'nationalOutcomes',
  );
  ensureNumberedFromOne(nationalOutcomes);
  const outcomeIds = new Set(nationalOutcomes.map((o) => o.id));
  const indicator = indicatorOf(outcomeIds);
  return {
    frameworkVersionId: data.frameworkVersionId,
    label: data.label.trim(),
    publishedOn: data.publishedOn,
    purpose: data.purpose.trim(),
    strategicObjectives: entries(data.strategicObjectives, 'strategicObjectives', titled),
    nationalOutcomes,
    nationalIndicators: entries(data.nationalIndicators, 'nationalIndicators', indicator),
    localIndicatorMenu: entries(data.localIndicatorMenu, 'localIndicatorMenu', indicator),
    supersedes,
  };
}

/** Checks and trims each entry of a list whose ids must be unique within it. */
function entries<T extends { readonly id: string }>(
  list: readonly T[],
  field: string,
  entry: (item: T, path: string) => T,
): T[] {
  const seen = new Set<string>();
  return list.map((item, index) => {
    const path = `${field}[${index}]`;
    const checked = entry(item, path);
    ensure(
      !seen.has(checked.id),
      FrameworkRule.IdsMustBeUniqueWithinEachList,
      `${field} already has an entry with id ${checked.id}`,
      `${path}.id`,
    );
    seen.add(checked.id);
    return checked;
  });
}

function titled(item: StrategicObjective, path: string): StrategicObjective {
  ensureIdentifier(item.id, `${path}.id`);
  ensureText(item.title, `${path}.title`);
  return { id: item.id, title: item.title.trim() };
}

function outcome(item: NationalOutcome, path: string): NationalOutcome {
  return { ...titled(item, path), number: item.number };
}

/** Numbers 1..n in any order: within 1..n and never repeated leaves no gap. */
function ensureNumberedFromOne(outcomes: readonly NationalOutcome[]): void {
  const used = new Set<number>();
  outcomes.forEach(({ number }, index) => {
    ensure(
      Number.isInteger(number) && number >= 1 && number <= outcomes.length && !used.has(number),
      FrameworkRule.OutcomeNumbersMustRunFromOneWithoutGaps,
      `national outcomes must be numbered 1 to ${outcomes.length} without gaps or repeats`,
      `nationalOutcomes[${index}].number`,
    );
    used.add(number);
  });
}

function indicatorOf(outcomeIds: ReadonlySet<string>) {
  return (item: FrameworkIndicator, path: string): FrameworkIndicator => {
    const { id, title } = titled(item, path);
    ensure(
      item.outcomeIds.length > 0,
      FrameworkRule.IndicatorsMustTrackOutcomesOfTheirVersion,
      `${path} must track at least one national outcome`,
      `${path}.outcomeIds`,
    );
    item.outcomeIds.forEach((outcomeId, index) => {
      const field = `${path}.outcomeIds[${index}]`;
      ensure(
        outcomeIds.has(outcomeId),
        FrameworkRule.IndicatorsMustTrackOutcomesOfTheirVersion,
        `${outcomeId} is not a national outcome of this framework version`,
        field,
      );
      ensure(
        item.outcomeIds.indexOf(outcomeId) === index,
        FrameworkRule.IdsMustBeUniqueWithinEachList,
        `${path} lists ${outcomeId} twice`,
        field,
      );
    });
    return { id, title, outcomeIds: [...item.outcomeIds] };
  };
}
