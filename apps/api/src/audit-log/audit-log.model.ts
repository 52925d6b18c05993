import { ArgsType, Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionOf, PageArgs } from '../graphql/pagination';

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

  @Field(() => Int)
  schemaVersion!: number;

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

  @Field()
  previousHash!: string;

  @Field()
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

  @Field(() => String, { nullable: true })
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

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  recordedFrom?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  recordedTo?: Date | null;
}
