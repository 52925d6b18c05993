import { Field, Float, InputType } from '@nestjs/graphql';
import { IsNumber, Length, Matches } from 'class-validator';
import {
  CALENDAR_DATE,
  CommandInput,
  IDENTIFIER,
  IDENTIFIER_MESSAGE,
} from '../graphql/command-input';

/** One value of one indicator of an agreement. */
@InputType({ isAbstract: true })
abstract class IndicatorObservationInput extends CommandInput {
  @Field()
  @Matches(IDENTIFIER, { message: `partnershipId ${IDENTIFIER_MESSAGE}` })
  partnershipId!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `agreementId ${IDENTIFIER_MESSAGE}` })
  agreementId!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `indicatorId ${IDENTIFIER_MESSAGE}` })
  indicatorId!: string;

  @Field({ description: 'A new id for this value; the values already recorded keep theirs.' })
  @Matches(IDENTIFIER, { message: `observationId ${IDENTIFIER_MESSAGE}` })
  observationId!: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @Field({ description: 'Who published the value, e.g. "Annual Population Survey".' })
  @Length(1, 500)
  source!: string;

  @Field({ description: 'YYYY-MM-DD: when the value was published; not in the future.' })
  @Matches(CALENDAR_DATE, { message: 'publishedOn must be a date (YYYY-MM-DD)' })
  publishedOn!: string;
}

@InputType()
export class RecordIndicatorObservationInput extends IndicatorObservationInput {
  @Field({ description: 'As the source labels it, e.g. "2009-10".' })
  @Length(1, 100)
  period!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(CALENDAR_DATE, { message: 'periodStart must be a date (YYYY-MM-DD)' })
  periodStart!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(CALENDAR_DATE, { message: 'periodEnd must be a date (YYYY-MM-DD)' })
  periodEnd!: string;
}

/** A correction keeps the period of the value it supersedes. */
@InputType()
export class CorrectIndicatorObservationInput extends IndicatorObservationInput {
  @Field({ description: 'The current value of its period, which this one replaces.' })
  @Matches(IDENTIFIER, { message: `supersedes ${IDENTIFIER_MESSAGE}` })
  supersedes!: string;

  @Field()
  @Length(1, 2000)
  reason!: string;
}
