import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CALENDAR_DATE,
  CommandInput,
  IDENTIFIER,
  IDENTIFIER_MESSAGE,
} from '../graphql/command-input';

/** Generous bounds on a framework's lists: the real ones run to a few dozen entries. */
const MAX_ENTRIES = 200;

@InputType()
export class FrameworkStrategicObjectiveInput {
  @Field()
  @Matches(IDENTIFIER, { message: `id ${IDENTIFIER_MESSAGE}` })
  id!: string;

  @Field()
  @Length(1, 500)
  title!: string;
}

@InputType()
export class FrameworkNationalOutcomeInput {
  @Field()
  @Matches(IDENTIFIER, { message: `id ${IDENTIFIER_MESSAGE}` })
  id!: string;

  @Field(() => Int, { description: 'Numbered 1..n within the version, without gaps.' })
  @IsInt()
  @Min(1)
  @Max(MAX_ENTRIES)
  number!: number;

  @Field()
  @Length(1, 500)
  title!: string;
}

@InputType()
export class FrameworkIndicatorInput {
  @Field()
  @Matches(IDENTIFIER, { message: `id ${IDENTIFIER_MESSAGE}` })
  id!: string;

  @Field()
  @Length(1, 500)
  title!: string;

  @Field(() => [String], {
    description: 'The national outcomes of the same version the indicator helps to track.',
  })
  @ArrayMaxSize(MAX_ENTRIES)
  @Matches(IDENTIFIER, { each: true, message: `each outcome id ${IDENTIFIER_MESSAGE}` })
  outcomeIds!: string[];
}

/** The same shape as a framework document (see the domain's parseFrameworkDocument). */
@InputType()
export class PublishFrameworkVersionInput extends CommandInput {
  @Field()
  @Matches(IDENTIFIER, { message: `frameworkVersionId ${IDENTIFIER_MESSAGE}` })
  frameworkVersionId!: string;

  @Field()
  @Length(1, 200)
  label!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(CALENDAR_DATE, { message: 'publishedOn must be a date (YYYY-MM-DD)' })
  publishedOn!: string;

  @Field()
  @Length(1, 4000)
  purpose!: string;

  @Field(() => [FrameworkStrategicObjectiveInput])
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => FrameworkStrategicObjectiveInput)
  strategicObjectives!: FrameworkStrategicObjectiveInput[];

  @Field(() => [FrameworkNationalOutcomeInput])
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => FrameworkNationalOutcomeInput)
  nationalOutcomes!: FrameworkNationalOutcomeInput[];

  @Field(() => [FrameworkIndicatorInput])
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => FrameworkIndicatorInput)
  nationalIndicators!: FrameworkIndicatorInput[];

  @Field(() => [FrameworkIndicatorInput], {
    description: 'The national menu of local indicators partnerships may choose from.',
  })
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => FrameworkIndicatorInput)
  localIndicatorMenu!: FrameworkIndicatorInput[];

  @Field(() => String, {
    nullable: true,
    description: 'The current version this one replaces; it is marked superseded in turn.',
  })
  @IsOptional()
  @Matches(IDENTIFIER, { message: `supersedes ${IDENTIFIER_MESSAGE}` })
  supersedes?: string | null;
}

/** Marks a published version superseded by a later one (publishing with `supersedes` does this). */
@InputType()
export class SupersedeFrameworkVersionInput extends CommandInput {
  @Field()
  @Matches(IDENTIFIER, { message: `frameworkVersionId ${IDENTIFIER_MESSAGE}` })
  frameworkVersionId!: string;

  @Field({ description: 'The version that replaces it.' })
  @Matches(IDENTIFIER, { message: `supersededBy ${IDENTIFIER_MESSAGE}` })
  supersededBy!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(CALENDAR_DATE, { message: 'on must be a date as YYYY-MM-DD' })
  on!: string;
}
