import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { AsOf } from '@concordat/time-travel';
import { ApiError } from '../graphql/api-error';
import { decimalArgument } from '../integrity/integrity.args';

@InputType('AsOfInput', {
  description: "A point in an aggregate's history: exactly one of instant and revision.",
})
export class AsOfInput {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Everything the store had recorded by the end of this millisecond (by its recordedAt): ' +
      'what the system knew then, not what the events say happened when.',
  })
  @IsOptional()
  instant?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A revision of the aggregate's stream (a decimal string, as `revision` fields give it): " +
      'that event and every one before it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  revision?: string | null;
}

/**
 * The point the input names; VALIDATION_FAILED unless it names exactly one. The store records
 * microseconds and the API's instants stop at milliseconds, so an instant stands for the whole of
 * its millisecond: an event whose recordedAt the API shows as that instant is included.
 */
export function asOfFrom({ instant, revision }: AsOfInput, field: string): AsOf {
  if (!absent(instant) && absent(revision)) {
    return { instant: instant.toISOString().replace(/Z$/, '999Z') };
  }
  if (!absent(revision) && absent(instant)) {
    return { revision: decimalArgument(revision, `${field}.revision`) };
  }
  throw ApiError.validation([{ field, message: 'give exactly one of instant and revision' }]);
}

const absent = (value: unknown): value is null | undefined => value === null || value === undefined;
