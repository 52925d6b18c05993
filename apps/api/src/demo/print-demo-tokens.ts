import { Logger } from '@nestjs/common';
import type { ConcordatConfig } from '@concordat/config';
import { issueDemoTokens } from './demo-tokens';

/**
 * On the embedded demo, prints a bearer token per role, so a newcomer can try each in GraphiQL
 * (header `Authorization: Bearer <token>`). Never on a real store, never in production.
 */
export async function printDemoTokens(config: ConcordatConfig): Promise<void> {
  for (const { role, token } of await issueDemoTokens(config)) {
    Logger.log(`demo token for ${role}: ${token}`, 'DemoTokens');
  }
}
