import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';

/** Identifiers become part of stream ids and URLs (see the domain's IdentifierMustBeWellFormed). */
export const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,79}$/;
export const IDENTIFIER_MESSAGE =
  'must be 1-80 letters, digits or _ . : @ -, starting with a letter or digit';
export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fields every mutation input has: retry safety and optimistic concurrency. */
@InputType({ isAbstract: true })
export abstract class CommandInput {
  @Field(() => String, {
    nullable: true,
    description: 'Send the same commandId when retrying: the command is applied at most once.',
  })
  @IsOptional()
  @Matches(IDENTIFIER, { message: `commandId ${IDENTIFIER_MESSAGE}` })
  commandId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The revision you read; the mutation fails with CONCURRENCY_CONFLICT if it moved.',
  })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'expectedRevision must be a whole number' })
  @MaxLength(18)
  expectedRevision?: string | null;
}
