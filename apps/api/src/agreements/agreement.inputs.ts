import { Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsNumber,
  IsOptional,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  AGREEMENT_KINDS,
  DIRECTIONS_OF_IMPROVEMENT,
  INDICATOR_SOURCE_KINDS,
  SIGNING_PARTIES,
} from '@concordat/domain';
import {
  CALENDAR_DATE,
  CommandInput,
  IDENTIFIER,
  IDENTIFIER_MESSAGE,
} from '../graphql/command-input';
import { DecisionReferenceInput } from '../meetings/decision-reference.input';

/** Sections tell the area's story; long, but not unbounded. */
const SECTION_TEXT = 20_000;

@InputType({ isAbstract: true })
abstract class AgreementInput extends CommandInput {
  @Field()
  @Matches(IDENTIFIER, { message: `partnershipId ${IDENTIFIER_MESSAGE}` })
  partnershipId!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `agreementId ${IDENTIFIER_MESSAGE}` })
  agreementId!: string;
}

/** A change that, once the agreement is agreed, only a board decision approving it can make. */
@InputType({ isAbstract: true })
abstract class AgreementChangeInput extends AgreementInput {
  @Field(() => DecisionReferenceInput, {
    nullable: true,
    description:
      'The board decision approving this change: required once the agreement is agreed, ' +
      'refused while it is a draft.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DecisionReferenceInput)
  decision?: DecisionReferenceInput | null;
}

@InputType()
export class DraftAgreementInput extends AgreementInput {
  @Field({ description: `One of: ${AGREEMENT_KINDS.join(', ')}.` })
  @IsIn(AGREEMENT_KINDS)
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Named by a locality plan only.' })
  @IsOptional()
  @Length(1, 200)
  locality?: string | null;

  @Field()
  @Length(1, 300)
  title!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `frameworkVersionId ${IDENTIFIER_MESSAGE}` })
  frameworkVersionId!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(CALENDAR_DATE, { message: 'periodStart must be a date (YYYY-MM-DD)' })
  periodStart!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(CALENDAR_DATE, { message: 'periodEnd must be a date (YYYY-MM-DD)' })
  periodEnd!: string;

  @Field({ description: 'The council partner that signs for the partnership.' })
  @Matches(IDENTIFIER, { message: `councilPartnerId ${IDENTIFIER_MESSAGE}` })
  councilPartnerId!: string;
}

@InputType()
export class SectionCrossReferenceInput {
  @Field({ description: 'The plan referred to, e.g. the community plan.' })
  @Length(1, 200)
  plan!: string;

  @Field({ description: 'Where in that plan, e.g. a chapter or page.' })
  @Length(1, 500)
  reference!: string;
}

@InputType()
export class WriteSectionInput extends AgreementChangeInput {
  @Field()
  @Matches(IDENTIFIER, { message: `nationalOutcomeId ${IDENTIFIER_MESSAGE}` })
  nationalOutcomeId!: string;

  @Field()
  @Length(1, SECTION_TEXT)
  localPriority!: string;

  @Field({ description: 'May be empty until the evidence is in.' })
  @MaxLength(SECTION_TEXT)
  areaProfile!: string;

  @Field({ description: 'May be empty until the evidence is in.' })
  @MaxLength(SECTION_TEXT)
  keyLocalCauses!: string;

  @Field({ description: 'May be empty until the evidence is in.' })
  @MaxLength(SECTION_TEXT)
  pastTrends!: string;

  @Field(() => [SectionCrossReferenceInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SectionCrossReferenceInput)
  crossReferences!: SectionCrossReferenceInput[];
}

@InputType()
export class AddLocalOutcomeInput extends AgreementChangeInput {
  @Field()
  @Matches(IDENTIFIER, { message: `nationalOutcomeId ${IDENTIFIER_MESSAGE}` })
  nationalOutcomeId!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `localOutcomeId ${IDENTIFIER_MESSAGE}` })
  localOutcomeId!: string;

  @Field()
  @Length(1, 500)
  title!: string;

  @Field()
  @Length(1, 4000)
  description!: string;
}

@InputType()
export class ReviseLocalOutcomeInput extends AgreementChangeInput {
  @Field()
  @Matches(IDENTIFIER, { message: `localOutcomeId ${IDENTIFIER_MESSAGE}` })
  localOutcomeId!: string;

  @Field()
  @Length(1, 500)
  title!: string;

  @Field()
  @Length(1, 4000)
  description!: string;
}

@InputType()
export class RetireLocalOutcomeInput extends AgreementChangeInput {
  @Field()
  @Matches(IDENTIFIER, { message: `localOutcomeId ${IDENTIFIER_MESSAGE}` })
  localOutcomeId!: string;

  @Field()
  @Length(1, 2000)
  reason!: string;
}

@InputType()
export class AddIntermediateOutcomeInput extends AgreementChangeInput {
  @Field()
  @Matches(IDENTIFIER, { message: `localOutcomeId ${IDENTIFIER_MESSAGE}` })
  localOutcomeId!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `intermediateOutcomeId ${IDENTIFIER_MESSAGE}` })
  intermediateOutcomeId!: string;

  @Field()
  @Length(1, 500)
  title!: string;
}

@InputType()
export class ReviseIntermediateOutcomeInput extends AgreementChangeInput {
  @Field()
  @Matches(IDENTIFIER, { message: `intermediateOutcomeId ${IDENTIFIER_MESSAGE}` })
  intermediateOutcomeId!: string;

  @Field()
  @Length(1, 500)
  title!: string;
}

@InputType()
export class RetireIntermediateOutcomeInput extends AgreementChangeInput {
  @Field()
  @Matches(IDENTIFIER, { message: `intermediateOutcomeId ${IDENTIFIER_MESSAGE}` })
  intermediateOutcomeId!: string;

  @Field()
  @Length(1, 2000)
  reason!: string;
}

@InputType()
export class IndicatorSourceInput {
  @Field({ description: `One of: ${INDICATOR_SOURCE_KINDS.join(', ')}.` })
  @IsIn(INDICATOR_SOURCE_KINDS)
  kind!: string;

  @Field(() => String, { nullable: true, description: 'For kind national.' })
  @IsOptional()
  @Matches(IDENTIFIER, { message: `nationalIndicatorId ${IDENTIFIER_MESSAGE}` })
  nationalIndicatorId?: string | null;

  @Field(() => String, { nullable: true, description: 'For kind local_menu.' })
  @IsOptional()
  @Matches(IDENTIFIER, { message: `menuIndicatorId ${IDENTIFIER_MESSAGE}` })
  menuIndicatorId?: string | null;
}

@InputType()
export class IndicatorMeasurementInput {
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(CALENDAR_DATE, { message: 'date must be a date (YYYY-MM-DD)' })
  date!: string;
}

/** How an indicator is measured and what improvement means for it. */
@InputType({ isAbstract: true })
abstract class IndicatorDefinitionInput extends AgreementChangeInput {
  @Field()
  @Matches(IDENTIFIER, { message: `indicatorId ${IDENTIFIER_MESSAGE}` })
  indicatorId!: string;

  @Field()
  @Length(1, 500)
  title!: string;

  @Field(() => IndicatorSourceInput)
  @ValidateNested()
  @Type(() => IndicatorSourceInput)
  source!: IndicatorSourceInput;

  @Field({ description: 'e.g. "% of working-age adults".' })
  @Length(1, 200)
  unit!: string;

  @Field(() => IndicatorMeasurementInput)
  @ValidateNested()
  @Type(() => IndicatorMeasurementInput)
  baseline!: IndicatorMeasurementInput;

  @Field(() => IndicatorMeasurementInput)
  @ValidateNested()
  @Type(() => IndicatorMeasurementInput)
  target!: IndicatorMeasurementInput;

  @Field({ description: `One of: ${DIRECTIONS_OF_IMPROVEMENT.join(', ')}.` })
  @IsIn(DIRECTIONS_OF_IMPROVEMENT)
  direction!: string;
}

@InputType()
export class AddIndicatorInput extends IndicatorDefinitionInput {
  @Field({ description: 'A local or intermediate outcome of the agreement.' })
  @Matches(IDENTIFIER, { message: `outcomeId ${IDENTIFIER_MESSAGE}` })
  outcomeId!: string;
}

@InputType()
export class ReviseIndicatorInput extends IndicatorDefinitionInput {}

@InputType()
export class RetireIndicatorInput extends AgreementChangeInput {
  @Field()
  @Matches(IDENTIFIER, { message: `indicatorId ${IDENTIFIER_MESSAGE}` })
  indicatorId!: string;

  @Field()
  @Length(1, 2000)
  reason!: string;
}

@InputType()
export class SubmitAgreementInput extends AgreementInput {}

@InputType()
export class ReturnAgreementToDraftInput extends AgreementInput {
  @Field()
  @Length(1, 2000)
  reason!: string;
}

@InputType()
export class AgreementSignatoryInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field()
  @Length(1, 200)
  role!: string;
}

@InputType()
export class SignAgreementInput extends AgreementInput {
  @Field({ description: `One of: ${SIGNING_PARTIES.join(', ')}.` })
  @IsIn(SIGNING_PARTIES)
  party!: string;

  @Field(() => AgreementSignatoryInput)
  @ValidateNested()
  @Type(() => AgreementSignatoryInput)
  signatory!: AgreementSignatoryInput;

  @Field({ description: 'YYYY-MM-DD; not after the day it is recorded.' })
  @Matches(CALENDAR_DATE, { message: 'signedOn must be a date (YYYY-MM-DD)' })
  signedOn!: string;
}

@InputType()
export class SupersedeAgreementInput extends AgreementChangeInput {
  @Field({ description: 'The agreement that replaces this one.' })
  @Matches(IDENTIFIER, { message: `supersededBy ${IDENTIFIER_MESSAGE}` })
  supersededBy!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(CALENDAR_DATE, { message: 'on must be a date (YYYY-MM-DD)' })
  on!: string;
}

@InputType()
export class CloseAgreementInput extends AgreementChangeInput {
  @Field()
  @Length(1, 2000)
  reason!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(CALENDAR_DATE, { message: 'on must be a date (YYYY-MM-DD)' })
  on!: string;
}
