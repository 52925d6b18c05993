import { ArgsType, Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { JsonObject } from '@concordat/shared-kernel';
import { JsonScalar } from '../graphql/json.scalar';
import { ConnectionOf, PageArgs } from '../graphql/pagination';
import { AggregateInput } from './aggregate.input';

@ObjectType('AuditLogEntry', {
  description: 'One recorded event: what, where in the log, who and when.',
})
export class AuditLogEntryModel {
  @Field({ description: 'Position in the global log (a decimal string).' })
  globalPosition!: string;

  @Field()
  eventId!: string;

  @Field()
  streamId!: string;

  @Field({ description: 'Revision within its stream (a decimal string).' })
  streamRevision!: string;

  @Field()
  eventType!: string;

  @Field(() => Int, { description: 'The version of its type whose shape data has.' })
  schemaVersion!: number;

  @Field(() => JsonScalar, {
    description:
      'What the event says under its schemaVersion, as recorded (never upcast). Personal data ' +
      '(names, contact details) shows opened, or "[erased]" once erased; the hash covers it ' +
      'sealed, as the log holds it.',
  })
  data!: JsonObject;

  @Field(() => String, { nullable: true })
  partnershipId!: string | null;

  @Field()
  actor!: string;

  @Field()
  correlationId!: string;

  @Field(() => String, { nullable: true })
  causationId!: string | null;

  @Field(() => String, { nullable: true })
  commandId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it happened, as told by the command.' })
  occurredAt!: Date;

  @Field(() => GraphQLISODateTime, {
    description: "When the store recorded it (the store's clock).",
  })
  recordedAt!: Date;

  @Field({
    description: "The hash of the stream's previous event (64 zeros before the first): the chain.",
  })
  previousHash!: string;

  @Field({
    description:
      'SHA-256 (hex) of the RFC 8785 canonical JSON of the event, its stream and revision, when it was recorded and previousHash.',
  })
  hash!: string;
}

@ObjectType()
export class AuditLogConnection extends ConnectionOf(AuditLogEntryModel, 'AuditLogEntry') {}

/** Filters and page together: Nest gives each @Args() class the whole argument object. */
@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  partnershipId?: string | null;

  @Field(() => AggregateInput, {
    nullable: true,
    description: "One aggregate's events: the same as its streamId, named by kind and id.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AggregateInput)
  aggregate?: AggregateInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'One stream, by its id; not with aggregate.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  streamId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  eventType?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any of these event types.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  eventTypes?: string[] | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Recorded by the store at or after this instant.',
  })
  @IsOptional()
  recordedFrom?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Recorded by the store before this instant.',
  })
  @IsOptional()
  recordedTo?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Happened, as its command told, at or after this instant.',
  })
  @IsOptional()
  occurredFrom?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Happened, as its command told, before this instant.',
  })
  @IsOptional()
  occurredTo?: Date | null;
}

@ArgsType()
export class HistoryArgs extends PageArgs {
  @Field(() => AggregateInput)
  @ValidateNested()
  @Type(() => AggregateInput)
  aggregate!: AggregateInput;
}
