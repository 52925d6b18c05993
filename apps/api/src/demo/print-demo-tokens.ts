import { Logger } from '@nestjs/common';
import { ROLES } from '@concordat/access-control';
import type { ConcordatConfig } from '@concordat/config';
import { DEMO_GRANTS } from '@concordat/demo-data';
import { issueToken, signingKey } from '@concordat/identity';

/** Long enough to explore the demo for a while; the server prints fresh ones at each start. */
const DEMO_TOKEN_LIFETIME = '30d';

/**
 * On the embedded demo, prints a bearer token per role, so a newcomer can try each in GraphiQL
 * (header `Authorization: Bearer <token>`). Never on a real store, never in production.
 */
export async function printDemoTokens(config: ConcordatConfig): Promise<void> {
  const signing = await signingKey(config);
  for (const role of ROLES) {
    const token = await issueToken(
      { actor: `user:demo-${role}`, grants: [DEMO_GRANTS[role]], expiresIn: DEMO_TOKEN_LIFETIME },
      signing,
      config.auth,
    );
    Logger.log(`demo token for ${role}: ${token}`, 'DemoTokens');
  }
}
