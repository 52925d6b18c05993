import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { AsOfInput } from './as-of.input';

@ArgsType()
export class AsOfArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field(() => AsOfInput)
  @ValidateNested()
  @Type(() => AsOfInput)
  at!: AsOfInput;
}

@ArgsType()
export class ChangesArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field(() => AsOfInput, { description: 'The point the changes are counted from (excluded).' })
  @ValidateNested()
  @Type(() => AsOfInput)
  from!: AsOfInput;

  @Field(() => AsOfInput, { description: 'The point they are counted to (included).' })
  @ValidateNested()
  @Type(() => AsOfInput)
  to!: AsOfInput;
}

@ArgsType()
export class AccountabilityMatrixAsOfArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  partnershipId!: string;

  @Field(() => String, {
    nullable: true,
    description: "Only this agreement's outcomes; by default every agreement of the partnership.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  agreementId?: string | null;

  @Field(() => AsOfInput, {
    description: 'An instant: a matrix spans many streams, so a revision does not place it.',
  })
  @ValidateNested()
  @Type(() => AsOfInput)
  at!: AsOfInput;
}
