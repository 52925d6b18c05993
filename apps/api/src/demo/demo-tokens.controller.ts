import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { CONCORDAT_CONFIG, OPENED_STORES } from '@concordat/application';
import type { ConcordatConfig } from '@concordat/config';
import type { OpenedStores } from '@concordat/event-store';
import { type DemoToken, issueDemoTokens, offersDemoTokens } from './demo-tokens';

/**
 * The web app's sign-in offers the demo roles from here, on the embedded demo only: anywhere
 * else the route answers 404, as if it did not exist.
 */
@Controller('demo')
export class DemoTokensController {
  constructor(
    @Inject(CONCORDAT_CONFIG) private readonly config: ConcordatConfig,
    @Inject(OPENED_STORES) private readonly stores: OpenedStores,
  ) {}

  @Get('tokens')
  async tokens(): Promise<DemoToken[]> {
    if (!offersDemoTokens(this.config, this.stores)) throw new NotFoundException();
    return issueDemoTokens(this.config);
  }
}
