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

@InputType({ description: 'How to reach a representative; personal data, erasable on request.' })
export class ContactDetailsInput {
  @Field(() => String, { nullable: true, description: 'An email address.' })
  @IsOptional()
  @Length(3, 254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'A telephone number, e.g. +44 1856 873535.' })
  @IsOptional()
  @Length(6, 25)
  telephone?: string | null;
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

  @Field(() => ContactDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDetailsInput)
  contact?: ContactDetailsInput | null;
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

@InputType()
export class ErasePersonalDataInput extends PartnershipInput {
  @Field({ description: 'The person whose name and contact details are to be erased.' })
  @Matches(IDENTIFIER, { message: `personId ${IDENTIFIER_MESSAGE}` })
  personId!: string;

  @Field({ description: 'Why, e.g. the request it answers; kept on record, so no personal data.' })
  @Length(1, 2000)
  reason!: string;
}
