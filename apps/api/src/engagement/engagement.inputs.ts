import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ENGAGEMENT_FEEDBACK_CHANNELS,
  ENGAGEMENT_METHODS,
  ENGAGEMENT_PARTICIPANT_KINDS,
  INFLUENCE_TARGET_KINDS,
} from '@concordat/domain';
import {
  CALENDAR_DATE,
  CommandInput,
  IDENTIFIER,
  IDENTIFIER_MESSAGE,
} from '../graphql/command-input';

const DATE_MESSAGE = 'must be a calendar date (YYYY-MM-DD)';

@InputType({ isAbstract: true })
abstract class EngagementInput extends CommandInput {
  @Field()
  @Matches(IDENTIFIER, { message: `activityId ${IDENTIFIER_MESSAGE}` })
  activityId!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `partnershipId ${IDENTIFIER_MESSAGE}` })
  partnershipId!: string;
}

@InputType({ description: 'When the activity took place, both days included.' })
export class EngagementPeriodInput {
  @Field({ description: 'YYYY-MM-DD; the activity must have begun.' })
  @Matches(CALENDAR_DATE, { message: `from ${DATE_MESSAGE}` })
  from!: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; omit for an activity held on the single day `from`.',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: `to ${DATE_MESSAGE}` })
  to?: string | null;
}

@InputType({ description: 'A community body or group that took part.' })
export class EngagementParticipantInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field({ description: `One of: ${ENGAGEMENT_PARTICIPANT_KINDS.join(', ')}.` })
  @IsIn(ENGAGEMENT_PARTICIPANT_KINDS)
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Set when the body is also a partner of the partnership.',
  })
  @IsOptional()
  @Matches(IDENTIFIER, { message: `partnerId ${IDENTIFIER_MESSAGE}` })
  partnerId?: string | null;

  @Field()
  @IsBoolean()
  representsDisadvantagedPeople!: boolean;
}

@InputType()
export class RecordEngagementActivityInput extends EngagementInput {
  @Field(() => String, {
    nullable: true,
    description: 'The agreement the activity informed, if any.',
  })
  @IsOptional()
  @Matches(IDENTIFIER, { message: `agreementId ${IDENTIFIER_MESSAGE}` })
  agreementId?: string | null;

  @Field(() => EngagementPeriodInput)
  @ValidateNested()
  @Type(() => EngagementPeriodInput)
  held!: EngagementPeriodInput;

  @Field({ description: `One of: ${ENGAGEMENT_METHODS.join(', ')}.` })
  @IsIn(ENGAGEMENT_METHODS)
  method!: string;

  @Field(() => [EngagementParticipantInput])
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => EngagementParticipantInput)
  participants!: EngagementParticipantInput[];

  @Field(() => Int, { nullable: true, description: 'How many people the activity reached.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  peopleReached?: number | null;

  @Field()
  @Length(1, 5000)
  summary!: string;
}

@InputType({ description: 'What the activity shaped: something in the agreement.' })
export class EngagementInfluenceTargetInput {
  @Field({ description: `One of: ${INFLUENCE_TARGET_KINDS.join(', ')}.` })
  @IsIn(INFLUENCE_TARGET_KINDS)
  kind!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `id ${IDENTIFIER_MESSAGE}` })
  id!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `agreementId ${IDENTIFIER_MESSAGE}` })
  agreementId!: string;
}

@InputType()
export class RecordEngagementInfluenceInput extends EngagementInput {
  @Field()
  @Matches(IDENTIFIER, { message: `influenceId ${IDENTIFIER_MESSAGE}` })
  influenceId!: string;

  @Field(() => EngagementInfluenceTargetInput)
  @ValidateNested()
  @Type(() => EngagementInfluenceTargetInput)
  target!: EngagementInfluenceTargetInput;

  @Field()
  @Length(1, 5000)
  whatChanged!: string;
}

@InputType()
export class RecordEngagementFeedbackGivenInput extends EngagementInput {
  @Field({ description: 'YYYY-MM-DD; not in the future, nor before the activity began.' })
  @Matches(CALENDAR_DATE, { message: `givenOn ${DATE_MESSAGE}` })
  givenOn!: string;

  @Field({ description: `One of: ${ENGAGEMENT_FEEDBACK_CHANNELS.join(', ')}.` })
  @IsIn(ENGAGEMENT_FEEDBACK_CHANNELS)
  channel!: string;

  @Field()
  @Length(1, 5000)
  text!: string;
}
