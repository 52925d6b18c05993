import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CALENDAR_DATE } from '../graphql/command-input';
import { PageArgs } from '../graphql/pagination';

/** What an agreement can be in; the read model keeps it as text. */
export const AGREEMENT_STATUSES = ['draft', 'submitted', 'agreed', 'superseded', 'closed'] as const;

const DATE_MESSAGE = 'must be a calendar date (YYYY-MM-DD)';

/** Filters and page together: Nest gives each @Args() class the whole argument object. */
@ArgsType()
export class AgreementsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only the agreements of this partnership.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  partnershipId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Only agreements in this status: ${AGREEMENT_STATUSES.join(', ')}.`,
  })
  @IsOptional()
  @IsIn(AGREEMENT_STATUSES)
  status?: string | null;
}

@ArgsType()
export class AgreementArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  id!: string;
}

@ArgsType()
export class IndicatorArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  agreementId!: string;

  @Field({ description: 'Unique within its agreement.' })
  @IsString()
  @MaxLength(200)
  indicatorId!: string;
}

@ArgsType()
export class ObservationsArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: the values as they could be known on that day, i.e. published on or before it (corrections published later not yet applied). Omit for what is known now.',
  })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: `asKnownOn ${DATE_MESSAGE}` })
  asKnownOn?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also the values that corrections replaced, each with its supersededBy.',
  })
  @IsBoolean()
  includeSuperseded = false;
}

@ArgsType()
export class StandingArgs {
  @Field({ description: 'YYYY-MM-DD: from the values published on or before that day.' })
  @Matches(CALENDAR_DATE, { message: `asKnownOn ${DATE_MESSAGE}` })
  asKnownOn!: string;
}
