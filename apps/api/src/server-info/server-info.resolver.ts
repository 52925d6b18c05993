import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import type { OpenedStores } from '@concordat/event-store';
import { OPENED_STORES } from '@concordat/application';
import { ServerInfo } from './server-info.model';
import { VolatileAnswer } from '../answer-cache/volatile-answer';

const VERSION = process.env.npm_package_version ?? '0.1.0';

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  constructor(@Inject(OPENED_STORES) private readonly stores: OpenedStores) {}

  /** The one query anyone may ask, token or not, public reads on or off. */
  @VolatileAnswer()
  @Query(() => ServerInfo)
  serverInfo(): ServerInfo {
    return { version: VERSION, eventStoreAdapter: this.stores.adapter };
  }
}
