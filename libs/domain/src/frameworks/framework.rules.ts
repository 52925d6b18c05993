import { FieldRule } from '../shared/field-rules';

/** Every rule of a framework version and of the document it is published from. */
export const FrameworkRule = {
  TextMustNotBeBlank: FieldRule.TextMustNotBeBlank,
  IdentifierMustBeWellFormed: FieldRule.IdentifierMustBeWellFormed,
  DateMustBeACalendarDate: FieldRule.DateMustBeACalendarDate,
  CannotBePublishedTwice: 'FrameworkVersionCannotBePublishedTwice',
  IdsMustBeUniqueWithinEachList: 'FrameworkIdsMustBeUniqueWithinEachList',
  NeedsANationalOutcome: 'FrameworkVersionNeedsANationalOutcome',
  OutcomeNumbersMustRunFromOneWithoutGaps: 'NationalOutcomeNumbersMustRunFromOneWithoutGaps',
  IndicatorsMustTrackOutcomesOfTheirVersion: 'IndicatorsMustTrackNationalOutcomesOfTheirVersion',
  CannotSupersedeItself: 'FrameworkVersionCannotSupersedeItself',
  SupersededVersionMustExist: 'SupersededFrameworkVersionMustExist',
  SupersededVersionMustBeCurrent: 'SupersededFrameworkVersionMustBeCurrent',
  CannotBePublishedBeforeTheVersionItSupersedes:
    'FrameworkVersionCannotBePublishedBeforeTheVersionItSupersedes',
  MustBePublished: 'FrameworkVersionMustBePublished',
  CannotBeSupersededTwice: 'FrameworkVersionCannotBeSupersededTwice',
  SupersessionCannotPrecedePublication: 'FrameworkSupersessionCannotPrecedePublication',
  DocumentFieldMustBePresent: 'FrameworkDocumentFieldMustBePresent',
  DocumentFieldMustHaveTheExpectedType: 'FrameworkDocumentFieldMustHaveTheExpectedType',
  DocumentFieldMustBeKnown: 'FrameworkDocumentFieldMustBeKnown',
} as const;
