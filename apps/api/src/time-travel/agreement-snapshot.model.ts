import { Field, ObjectType, PickType } from '@nestjs/graphql';
import {
  AgreementModel,
  AgreementSectionModel,
  IndicatorModel,
  IntermediateOutcomeModel,
  LocalOutcomeModel,
} from '../agreements/agreement.model';
import { RecordedEventModel } from './recorded-event.model';

@ObjectType('AgreementSectionSnapshot', {
  description: "The agreement's section for one national outcome, as it stood.",
})
export class AgreementSectionSnapshotModel extends PickType(
  AgreementSectionModel,
  [
    'nationalOutcomeId',
    'ordinal',
    'written',
    'localPriority',
    'areaProfile',
    'keyLocalCauses',
    'pastTrends',
    'crossReferences',
  ] as const,
  ObjectType,
) {}

@ObjectType('LocalOutcomeSnapshot', { description: 'A local outcome as it stood.' })
export class LocalOutcomeSnapshotModel extends PickType(
  LocalOutcomeModel,
  ['id', 'nationalOutcomeId', 'title', 'description', 'status'] as const,
  ObjectType,
) {}

@ObjectType('IntermediateOutcomeSnapshot', { description: 'An intermediate outcome as it stood.' })
export class IntermediateOutcomeSnapshotModel extends PickType(
  IntermediateOutcomeModel,
  ['id', 'localOutcomeId', 'title', 'status'] as const,
  ObjectType,
) {}

@ObjectType('IndicatorSnapshot', {
  description: 'An indicator as it was defined: baseline, target and direction of improvement.',
})
export class IndicatorSnapshotModel extends PickType(
  IndicatorModel,
  [
    'id',
    'localOutcomeId',
    'intermediateOutcomeId',
    'title',
    'source',
    'unit',
    'baseline',
    'target',
    'direction',
    'status',
  ] as const,
  ObjectType,
) {}

@ObjectType('AgreementSnapshot', {
  description:
    "An agreement as it stood at a past instant or revision, folded from its stream's events.",
})
export class AgreementSnapshotModel extends PickType(
  AgreementModel,
  [
    'id',
    'partnershipId',
    'kind',
    'locality',
    'title',
    'frameworkVersionId',
    'periodStart',
    'periodEnd',
    'councilPartnerId',
    'status',
    'councilSignature',
    'governmentSignature',
    'agreedOn',
    'amendmentCount',
    'supersededBy',
    'supersededOn',
    'closedOn',
    'draftedAt',
    'lastChangedAt',
    'revision',
  ] as const,
  ObjectType,
) {
  @Field(() => [String], { description: "The framework's national indicators it may track." })
  nationalIndicatorIds!: string[];

  @Field(() => [String], { description: "The framework's local menu it may choose from." })
  localIndicatorMenuIds!: string[];

  @Field(() => [AgreementSectionSnapshotModel], {
    description: 'A section for each national outcome, in the framework order.',
  })
  sections!: AgreementSectionSnapshotModel[];

  @Field(() => [LocalOutcomeSnapshotModel], { description: 'Retired ones too, as added.' })
  localOutcomes!: LocalOutcomeSnapshotModel[];

  @Field(() => [IntermediateOutcomeSnapshotModel], { description: 'Retired ones too, as added.' })
  intermediateOutcomes!: IntermediateOutcomeSnapshotModel[];

  @Field(() => [IndicatorSnapshotModel], { description: 'Retired ones too, as added.' })
  indicators!: IndicatorSnapshotModel[];

  @Field(() => RecordedEventModel, { description: 'The last event up to then.' })
  lastEvent!: RecordedEventModel;
}
