import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Something was recorded. Delivered once the read models include it, so a query made on receipt sees the change.',
})
export class ChangeModel {
  @Field()
  eventType!: string;

  @Field()
  streamId!: string;

  @Field({ description: 'Global position of the event (a decimal string).' })
  globalPosition!: string;

  @Field(() => String, { nullable: true })
  partnershipId!: string | null;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field()
  actor!: string;
}
