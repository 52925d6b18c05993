import { loadConfig } from '@concordat/config';
import type { Grant } from '@concordat/access-control';
import { issueToken, signingKey } from '@concordat/identity';

/** The secret every test server checks tokens with. */
export const TEST_JWT_SECRET = 'concordat-test-secret-long-enough-for-hs256';

const testConfig = loadConfig({ CONCORDAT_JWT_SECRET: TEST_JWT_SECRET });

/** The actor of the default test token. */
export const TEST_OPERATOR = 'user:test-operator';

/** A token for the test server, as `concordat token issue` would make it. */
export async function testToken(actor: string, grants: readonly Grant[]): Promise<string> {
  return issueToken(
    { actor, grants, expiresIn: '1h' },
    await signingKey(testConfig),
    testConfig.auth,
  );
}

/**
 * The caller feature tests use when they are not about authorization: it holds every role that
 * writes, in every partnership, and speaks for the partners those tests name. The role matrix,
 * the scoping and the cross-partnership tests use narrower tokens.
 */
export const EVERY_WRITING_ROLE: readonly Grant[] = [
  { role: 'platform-admin' },
  { role: 'government-official' },
  { role: 'partnership-officer', partnershipId: '*' },
  { role: 'board-chair', partnershipId: '*' },
  { role: 'board-member', partnershipId: '*' },
  ...['council', 'nhs', 'tsi'].map((partnerId) => ({
    role: 'partner-representative' as const,
    partnershipId: '*',
    partnerId,
  })),
];
