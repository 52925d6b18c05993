import { RuleViolation } from '@concordat/shared-kernel';
import type { CalendarDate } from '../shared';
import type { PublishFrameworkVersion } from './framework.commands';
import { frameworkVersionFrom } from './framework-content';
import type { FrameworkIndicator, FrameworkVersionPublished } from './framework.events';
import { FrameworkRule } from './framework.rules';

type Fields = Readonly<Record<string, unknown>>;

/**
 * Turns a framework document as parsed from JSON or YAML into what PublishFrameworkVersion
 * records, or refuses it naming the exact field (`nationalOutcomes[3].title`). Unknown fields are
 * refused too: a misspelt optional field such as `supersedes` would otherwise vanish unnoticed
 * from a record that never changes.
 */
export function parseFrameworkDocument(value: unknown): FrameworkVersionPublished['data'] {
  const document = fieldsOf(value, '', [
    'frameworkVersionId',
    'label',
    'publishedOn',
    'purpose',
    'strategicObjectives',
    'nationalOutcomes',
    'nationalIndicators',
    'localIndicatorMenu',
    'supersedes',
  ]);
  const data: PublishFrameworkVersion['data'] = {
    frameworkVersionId: text(document, 'frameworkVersionId', ''),
    label: text(document, 'label', ''),
    publishedOn: date(document, 'publishedOn', ''),
    purpose: text(document, 'purpose', ''),
    strategicObjectives: list(document, 'strategicObjectives', (item, path) => {
      const objective = fieldsOf(item, path, ['id', 'title']);
      return { id: text(objective, 'id', path), title: text(objective, 'title', path) };
    }),
    nationalOutcomes: list(document, 'nationalOutcomes', (item, path) => {
      const outcome = fieldsOf(item, path, ['id', 'number', 'title']);
      return {
        id: text(outcome, 'id', path),
        number: number(outcome, 'number', path),
        title: text(outcome, 'title', path),
      };
    }),
    nationalIndicators: list(document, 'nationalIndicators', indicator),
    localIndicatorMenu: list(document, 'localIndicatorMenu', indicator),
    supersedes: document.supersedes === null ? null : optionalText(document, 'supersedes'),
  };
  return frameworkVersionFrom(data);
}

function indicator(item: unknown, path: string): FrameworkIndicator {
  const fields = fieldsOf(item, path, ['id', 'title', 'outcomeIds']);
  const outcomeIds = required(fields, 'outcomeIds', path);
  if (!Array.isArray(outcomeIds)) wrongType(join(path, 'outcomeIds'), 'a list of outcome ids');
  return {
    id: text(fields, 'id', path),
    title: text(fields, 'title', path),
    outcomeIds: outcomeIds.map((outcomeId: unknown, index) => {
      if (typeof outcomeId !== 'string') wrongType(`${path}.outcomeIds[${index}]`, 'text');
      return outcomeId;
    }),
  };
}

function fieldsOf(value: unknown, path: string, known: readonly string[]): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    wrongType(path, 'an object');
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new RuleViolation(
        FrameworkRule.DocumentFieldMustBeKnown,
        `${join(path, key)} is not a field of a framework document (expected ${known.join(', ')})`,
        join(path, key),
      );
    }
  }
  return value as Fields;
}

function required(fields: Fields, key: string, path: string): unknown {
  const value = fields[key];
  if (value === undefined || value === null) {
    throw new RuleViolation(
      FrameworkRule.DocumentFieldMustBePresent,
      `${join(path, key)} is required`,
      join(path, key),
    );
  }
  return value;
}

function text(fields: Fields, key: string, path: string): string {
  const value = required(fields, key, path);
  if (typeof value !== 'string') wrongType(join(path, key), 'text');
  return value;
}

function optionalText(fields: Fields, key: string): string | undefined {
  return fields[key] === undefined ? undefined : text(fields, key, '');
}

function number(fields: Fields, key: string, path: string): number {
  const value = required(fields, key, path);
  if (typeof value !== 'number') wrongType(join(path, key), 'a number');
  return value;
}

/**
 * YAML 1.1 parsers read an unquoted 2008-11-01 as a timestamp at midnight UTC; that is taken as
 * the date it names. Any other instant is refused rather than guessed at.
 */
function date(fields: Fields, key: string, path: string): CalendarDate {
  const value = required(fields, key, path);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  }
  if (typeof value !== 'string') wrongType(join(path, key), 'a date (YYYY-MM-DD)');
  return value;
}

function list<T>(fields: Fields, key: string, item: (value: unknown, path: string) => T): T[] {
  const value = required(fields, key, '');
  if (!Array.isArray(value)) wrongType(key, 'a list');
  return value.map((entry, index) => item(entry, `${key}[${index}]`));
}

function wrongType(path: string, expected: string): never {
  throw new RuleViolation(
    FrameworkRule.DocumentFieldMustHaveTheExpectedType,
    `${path || 'the framework document'} must be ${expected}`,
    path || undefined,
  );
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
