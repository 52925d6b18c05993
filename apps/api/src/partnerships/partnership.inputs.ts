import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
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
import { SECTORS } from '@concordat/domain';
import { CommandInput, IDENTIFIER, IDENTIFIER_MESSAGE } from '../graphql/command-input';

@InputType()
export class QuorumRuleInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  minimumMembersPresent!: number;

  @Field()
  @IsBoolean()
  chairMustAttend!: boolean;
}

@InputType({ isAbstract: true })
abstract class PartnershipInput extends CommandInput {
  @Field()
  @Matches(IDENTIFIER, { message: `partnershipId ${IDENTIFIER_MESSAGE}` })
  partnershipId!: string;
}

@InputType()
export class EstablishPartnershipInput extends PartnershipInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field()
  @Length(1, 200)
  councilArea!: string;

  @Field(() => QuorumRuleInput)
  @ValidateNested()
  @Type(() => QuorumRuleInput)
  quorum!: QuorumRuleInput;
}

@InputType()
export class AdmitPartnerInput extends PartnershipInput {
  @Field()
  @Matches(IDENTIFIER, { message: `partnerId ${IDENTIFIER_MESSAGE}` })
  partnerId!: string;

  @Field()
  @Length(1, 200)
  organisation!: string;

  @Field({ description: `One of: ${SECTORS.join(', ')}.` })
  @IsIn(SECTORS)
  sector!: string;
}

@InputType()
export class AppointRepresentativeInput extends PartnershipInput {
  @Field()
  @Matches(IDENTIFIER, { message: `partnerId ${IDENTIFIER_MESSAGE}` })
  partnerId!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `personId ${IDENTIFIER_MESSAGE}` })
  personId!: string;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field()
  @Length(1, 200)
  role!: string;
}

@InputType()
export class RemoveRepresentativeInput extends PartnershipInput {
  @Field()
  @Matches(IDENTIFIER, { message: `partnerId ${IDENTIFIER_MESSAGE}` })
  partnerId!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `personId ${IDENTIFIER_MESSAGE}` })
  personId!: string;

  @Field()
  @Length(1, 2000)
  reason!: string;
}

@InputType()
export class WithdrawPartnerInput extends PartnershipInput {
  @Field()
  @Matches(IDENTIFIER, { message: `partnerId ${IDENTIFIER_MESSAGE}` })
  partnerId!: string;

  @Field()
  @Length(1, 2000)
  reason!: string;
}

@InputType()
export class AppointBoardSeatInput extends PartnershipInput {
  @Field()
  @Matches(IDENTIFIER, { message: `personId ${IDENTIFIER_MESSAGE}` })
  personId!: string;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'The partner the person sits for, if any.' })
  @IsOptional()
  @Matches(IDENTIFIER, { message: `partnerId ${IDENTIFIER_MESSAGE}` })
  partnerId?: string | null;
}

@InputType()
export class StandDownBoardMemberInput extends PartnershipInput {
  @Field()
  @Matches(IDENTIFIER, { message: `personId ${IDENTIFIER_MESSAGE}` })
  personId!: string;

  @Field()
  @Length(1, 2000)
  reason!: string;
}

@InputType()
export class SetQuorumRuleInput extends PartnershipInput {
  @Field(() => QuorumRuleInput)
  @ValidateNested()
  @Type(() => QuorumRuleInput)
  quorum!: QuorumRuleInput;
}
