import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What this Concordat server is and what it stores events in.' })
export class ServerInfo {
  @Field({ description: 'The server version.' })
  version!: string;

  @Field({ description: 'The event store adapter: postgres, pglite or eventstoredb.' })
  eventStoreAdapter!: string;
}
