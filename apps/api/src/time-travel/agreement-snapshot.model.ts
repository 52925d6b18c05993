import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import {
  AgreementSignatureModel,
  IndicatorMeasurementModel,
  IndicatorSourceModel,
  SectionCrossReferenceModel,
} from '../agreements/agreement.model';
import { RecordedEventModel } from './recorded-event.model';

@ObjectType('AgreementSectionSnapshot', {
  description: "The agreement's section for one national outcome, as it stood.",
})
export class AgreementSectionSnapshotModel {
  @Field()
  nationalOutcomeId!: string;

  @Field(() => Int, { description: "The national outcome's place in the framework's list." })
  ordinal!: number;

  @Field({ description: 'False until the section was first written.' })
  written!: boolean;

  @Field(() => String, { nullable: true })
  localPriority!: string | null;

  @Field(() => String, { nullable: true })
  areaProfile!: string | null;

  @Field(() => String, { nullable: true })
  keyLocalCauses!: string | null;

  @Field(() => String, { nullable: true })
  pastTrends!: string | null;

  @Field(() => [SectionCrossReferenceModel])
  crossReferences!: SectionCrossReferenceModel[];
}

@ObjectType('LocalOutcomeSnapshot', { description: 'A local outcome as it stood.' })
export class LocalOutcomeSnapshotModel {
  @Field()
  id!: string;

  @Field()
  nationalOutcomeId!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field({ description: 'active or retired.' })
  status!: string;
}

@ObjectType('IntermediateOutcomeSnapshot', { description: 'An intermediate outcome as it stood.' })
export class IntermediateOutcomeSnapshotModel {
  @Field()
  id!: string;

  @Field()
  localOutcomeId!: string;

  @Field()
  title!: string;

  @Field({ description: 'active or retired.' })
  status!: string;
}

@ObjectType('IndicatorSnapshot', {
  description: 'An indicator as it was defined: baseline, target and direction of improvement.',
})
export class IndicatorSnapshotModel {
  @Field()
  id!: string;

  @Field()
  localOutcomeId!: string;

  @Field(() => String, { nullable: true })
  intermediateOutcomeId!: string | null;

  @Field()
  title!: string;

  @Field(() => IndicatorSourceModel)
  source!: IndicatorSourceModel;

  @Field()
  unit!: string;

  @Field(() => IndicatorMeasurementModel)
  baseline!: IndicatorMeasurementModel;

  @Field(() => IndicatorMeasurementModel)
  target!: IndicatorMeasurementModel;

  @Field({ description: 'increase, decrease or maintain.' })
  direction!: string;

  @Field({ description: 'active or retired.' })
  status!: string;
}

@ObjectType('AgreementSnapshot', {
  description:
    "An agreement as it stood at a past instant or revision, folded from its stream's events.",
})
export class AgreementSnapshotModel {
  @Field()
  id!: string;

  @Field()
  partnershipId!: string;

  @Field()
  kind!: string;

  @Field(() => String, { nullable: true })
  locality!: string | null;

  @Field()
  title!: string;

  @Field()
  frameworkVersionId!: string;

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field()
  councilPartnerId!: string;

  @Field({ description: 'draft, submitted, agreed, superseded or closed.' })
  status!: string;

  @Field(() => AgreementSignatureModel, { nullable: true })
  councilSignature!: AgreementSignatureModel | null;

  @Field(() => AgreementSignatureModel, { nullable: true })
  governmentSignature!: AgreementSignatureModel | null;

  @Field(() => String, { nullable: true })
  agreedOn!: string | null;

  @Field(() => Int)
  amendmentCount!: number;

  @Field(() => String, { nullable: true })
  supersededBy!: string | null;

  @Field(() => String, { nullable: true })
  supersededOn!: string | null;

  @Field(() => String, { nullable: true })
  closedOn!: string | null;

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

  @Field(() => GraphQLISODateTime)
  draftedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the last event up to then happened.' })
  lastChangedAt!: Date;

  @Field({ description: 'The revision of the last event up to then (a decimal string).' })
  revision!: string;

  @Field(() => RecordedEventModel, { description: 'The last event up to then.' })
  lastEvent!: RecordedEventModel;
}
