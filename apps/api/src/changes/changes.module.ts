import { Module } from '@nestjs/common';
import { ChangeFeed } from './change-feed';
import { ChangesResolver } from './changes.resolver';

/** GraphQL subscriptions to changes, fed from the event store. */
@Module({ providers: [ChangeFeed, ChangesResolver] })
export class ChangesModule {}
