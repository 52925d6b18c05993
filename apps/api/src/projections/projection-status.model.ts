import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How far a read model has got through the event log.' })
export class ProjectionStatusModel {
  @Field()
  name!: string;

  @Field({ description: 'starting, standby, rebuilding, running or stopped.' })
  state!: string;

  @Field({ description: 'Global position of the last event applied (a decimal string).' })
  position!: string;

  @Field({ description: 'True when it has applied every event committed before this answer.' })
  caughtUp!: boolean;

  @Field({ description: 'Events recorded but not yet applied, counted up to 1000.' })
  behind!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;
}
