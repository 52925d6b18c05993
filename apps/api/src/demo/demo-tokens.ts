import { ROLES, type Role } from '@concordat/access-control';
import type { ConcordatConfig } from '@concordat/config';
import { DEMO_GRANTS } from '@concordat/demo-data';
import type { OpenedStores } from '@concordat/event-store';
import { issueToken, signingKey } from '@concordat/identity';

/** Long enough to explore the demo for a while; the server issues fresh ones at each start. */
const DEMO_TOKEN_LIFETIME = '30d';

export interface DemoToken {
  readonly role: Role;
  readonly token: string;
}

/**
 * Demo tokens exist only where the demo story is: the embedded store with the demo switched on,
 * outside production. A real store's callers get their tokens from whoever runs it.
 */
export function offersDemoTokens(config: ConcordatConfig, stores: OpenedStores): boolean {
  return (
    config.demo === 'auto' && stores.adapter === 'pglite' && config.environment !== 'production'
  );
}

/** A bearer token per role, each for the demo identity of that role. */
export async function issueDemoTokens(config: ConcordatConfig): Promise<DemoToken[]> {
  const signing = await signingKey(config);
  return Promise.all(
    ROLES.map(async (role) => ({
      role,
      token: await issueToken(
        { actor: `user:demo-${role}`, grants: [DEMO_GRANTS[role]], expiresIn: DEMO_TOKEN_LIFETIME },
        signing,
        config.auth,
      ),
    })),
  );
}
