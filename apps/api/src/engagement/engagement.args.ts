import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { INFLUENCE_TARGET_KINDS } from '@concordat/domain';
import { PageArgs } from '../graphql/pagination';

/** Filters and page together: Nest gives each @Args() class the whole argument object. */
@ArgsType()
export class EngagementActivitiesArgs extends PageArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  partnershipId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only the activities that informed this agreement.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  agreementId?: string | null;
}

@ArgsType()
export class EngagementActivityArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  id!: string;
}

@ArgsType()
export class InfluencesOnArgs {
  @Field({ description: `One of: ${INFLUENCE_TARGET_KINDS.join(', ')}.` })
  @IsIn(INFLUENCE_TARGET_KINDS)
  kind!: string;

  @Field({
    description: 'The outcome, commitment or indicator id; for a section, its national outcome id.',
  })
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The agreement the target belongs to: outcome, indicator and section ids are unique within an agreement only.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  agreementId?: string | null;
}
