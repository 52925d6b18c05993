import { ensure, RuleViolation } from '@concordat/shared-kernel';
import {
  ensureCalendarDate,
  ensureFiniteNumber,
  ensureOneOf,
  ensureText,
} from '../../shared/field-rules';
import { AgreementRule } from '../agreement.rules';
import type { DraftedAgreement } from '../agreement.state';
import {
  DIRECTIONS_OF_IMPROVEMENT,
  INDICATOR_SOURCE_KINDS,
  type IndicatorDefinition,
  type IndicatorDefinitionInput,
  type IndicatorSource,
  type Measurement,
} from '../indicator-terms';

/** Checks an indicator's definition against the agreement's framework version, text trimmed. */
export function indicatorDefinitionFrom(
  input: IndicatorDefinitionInput,
  agreement: DraftedAgreement,
): IndicatorDefinition {
  ensureText(input.title, 'title');
  const source = indicatorSourceFrom(input.source, agreement);
  ensureText(input.unit, 'unit');
  const baseline = measurementFrom(input.baseline, 'baseline');
  const target = measurementFrom(input.target, 'target');
  ensure(
    target.date > baseline.date,
    AgreementRule.TargetDateMustFollowBaselineDate,
    `target.date (${target.date}) must be after baseline.date (${baseline.date})`,
    'target.date',
  );
  ensureOneOf(
    DIRECTIONS_OF_IMPROVEMENT,
    input.direction,
    AgreementRule.DirectionOfImprovementMustBeKnown,
    'direction',
  );
  return {
    title: input.title.trim(),
    source,
    unit: input.unit.trim(),
    baseline,
    target,
    direction: input.direction,
  };
}

function indicatorSourceFrom(
  source: IndicatorDefinitionInput['source'],
  agreement: DraftedAgreement,
): IndicatorSource {
  switch (source.kind) {
    case 'national': {
      const nationalIndicatorId = source.nationalIndicatorId ?? '';
      ensure(
        agreement.nationalIndicatorIds.has(nationalIndicatorId),
        AgreementRule.NationalIndicatorMustBelongToTheFrameworkVersion,
        `${nationalIndicatorId} is not a national indicator of framework version ${agreement.frameworkVersionId}`,
        'source.nationalIndicatorId',
      );
      return { kind: 'national', nationalIndicatorId };
    }
    case 'local_menu': {
      const menuIndicatorId = source.menuIndicatorId ?? '';
      ensure(
        agreement.localIndicatorMenuIds.has(menuIndicatorId),
        AgreementRule.MenuIndicatorMustBeOnTheFrameworkVersionsLocalMenu,
        `${menuIndicatorId} is not on the local indicator menu of framework version ${agreement.frameworkVersionId}`,
        'source.menuIndicatorId',
      );
      return { kind: 'local_menu', menuIndicatorId };
    }
    case 'local':
      return { kind: 'local' };
    default:
      throw new RuleViolation(
        AgreementRule.IndicatorSourceMustBeKnown,
        `source.kind must be one of ${INDICATOR_SOURCE_KINDS.join(', ')}`,
        'source.kind',
      );
  }
}

function measurementFrom(measurement: Measurement, field: string): Measurement {
  ensureFiniteNumber(measurement.value, `${field}.value`);
  ensureCalendarDate(measurement.date, `${field}.date`);
  return { value: measurement.value, date: measurement.date };
}
