import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What a mutation did: the stream it wrote and where its events sit.' })
export class CommandPayload {
  @Field({ description: 'The id of the thing the command was about.' })
  id!: string;

  @Field({ description: "The stream's revision after the command (a decimal string)." })
  revision!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Global position of the last event written (a decimal string); null if none.',
  })
  globalPosition!: string | null;

  @Field({ description: 'True when the commandId had already been applied: nothing was written.' })
  alreadyApplied!: boolean;

  @Field({
    description:
      'True when the read models include this change, so the next query sees it; false when the bounded wait ran out.',
  })
  readModelsCaughtUp!: boolean;
}
