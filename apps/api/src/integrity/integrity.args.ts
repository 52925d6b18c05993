import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, isUUID, MaxLength } from 'class-validator';
import { ApiError } from '../graphql/api-error';

/**
 * Sizes and positions are decimal text, as the API writes them. They are parsed in the resolver,
 * after the caller has been let in, so that a refused caller learns nothing from a bad argument.
 */
@ArgsType()
export class InclusionProofArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The global position of the event (a decimal string); or give eventId.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  globalPosition?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The id of the event; or give globalPosition.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  eventId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The tree size of the checkpoint to prove against (a decimal string); the latest checkpoint when omitted.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  treeSize?: string | null;
}

@ArgsType()
export class ConsistencyProofArgs {
  @Field({ description: 'The tree size of the earlier checkpoint (a decimal string).' })
  @IsString()
  @MaxLength(40)
  fromTreeSize!: string;

  @Field({ description: 'The tree size of the later checkpoint (a decimal string).' })
  @IsString()
  @MaxLength(40)
  toTreeSize!: string;
}

/** Up to 19 digits: every value a PostgreSQL bigint holds that is not negative. */
const DECIMAL = /^(?:0|[1-9][0-9]{0,18})$/;

export function decimalArgument(text: string, field: string): bigint {
  if (!DECIMAL.test(text)) {
    throw ApiError.validation([{ field, message: 'must be a non-negative decimal integer' }]);
  }
  return BigInt(text);
}

export function eventIdArgument(text: string): string {
  if (!isUUID(text)) throw ApiError.validation([{ field: 'eventId', message: 'must be a UUID' }]);
  return text;
}
