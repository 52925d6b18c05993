import fc from 'fast-check';
import { decodeJwt } from 'jose';
import type { UserPrincipal } from '@concordat/access-control';
import { loadConfig } from '@concordat/config';
import { InvalidToken } from './invalid-token';
import { signingKey, verificationKeys } from './token-keys';
import { issueToken, verifyTokenUntilExpiry } from './tokens';
import { VerifiedTokens, type VerifiedToken } from './verified-tokens';

const principal = (actor: string): UserPrincipal => ({ kind: 'user', actor, grants: [] });

/** A stand-in for the full check that counts its calls and answers from a table. */
function checker(answers: Record<string, VerifiedToken | 'refused'>) {
  const calls: string[] = [];
  const verify = (token: string) => {
    calls.push(token);
    const answer = answers[token];
    if (answer === undefined || answer === 'refused') {
      return Promise.reject(new InvalidToken('refused'));
    }
    return Promise.resolve(answer);
  };
  return { calls, verify };
}

describe('VerifiedTokens', () => {
  it('checks a token once, then takes it again without the check until it expires', async () => {
    let now = 1_000;
    const tokens = new VerifiedTokens(10, () => now);
    const { calls, verify } = checker({
      jane: { principal: principal('user:jane'), expiresAtMs: 5_000 },
    });
    await expect(tokens.principalOf('jane', verify)).resolves.toEqual(principal('user:jane'));
    now = 4_999;
    await expect(tokens.principalOf('jane', verify)).resolves.toEqual(principal('user:jane'));
    expect(calls).toEqual(['jane']);
    now = 5_000;
    await tokens.principalOf('jane', verify);
    expect(calls).toEqual(['jane', 'jane']);
  });

  it('never keeps a refused token: it is checked, and refused, every time', async () => {
    const tokens = new VerifiedTokens();
    const { calls, verify } = checker({ forged: 'refused' });
    await expect(tokens.principalOf('forged', verify)).rejects.toBeInstanceOf(InvalidToken);
    await expect(tokens.principalOf('forged', verify)).rejects.toBeInstanceOf(InvalidToken);
    expect(calls).toEqual(['forged', 'forged']);
    expect(tokens.size).toBe(0);
  });

  it('answers each token with its own principal, never another, within its bound', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 60 }),
        async (capacity, asked) => {
          const answers = Object.fromEntries(
            Array.from({ length: 8 }, (_, index) => [
              `token-${index}`,
              { principal: principal(`user:${index}`), expiresAtMs: Number.MAX_SAFE_INTEGER },
            ]),
          );
          const tokens = new VerifiedTokens(capacity);
          const { verify } = checker(answers);
          for (const index of asked) {
            const found = await tokens.principalOf(`token-${index}`, verify);
            expect(found.actor).toBe(`user:${index}`);
            expect(tokens.size).toBeLessThanOrEqual(capacity);
          }
        },
      ),
    );
  });

  it('keeps the least recently used token out first', async () => {
    const forever = (actor: string) => ({ principal: principal(actor), expiresAtMs: Infinity });
    const tokens = new VerifiedTokens(2);
    const { calls, verify } = checker({
      a: forever('user:a'),
      b: forever('user:b'),
      c: forever('user:c'),
    });
    for (const token of ['a', 'b', 'a', 'c', 'a', 'b']) await tokens.principalOf(token, verify);
    // 'c' pushed out 'b', the least recently used; 'a' stayed, so only 'b' was checked again.
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it("is given a real token's expiry as its exp claim in milliseconds", async () => {
    const config = loadConfig({
      CONCORDAT_JWT_SECRET: 'a-test-secret-that-is-long-enough-for-hs256',
    });
    const token = await issueToken(
      { actor: 'user:jane', grants: [{ role: 'auditor' }], expiresIn: '1h' },
      await signingKey(config),
      config.auth,
    );
    const verified = await verifyTokenUntilExpiry(
      token,
      await verificationKeys(config),
      config.auth,
    );
    expect(verified.expiresAtMs).toBe(decodeJwt(token).exp! * 1_000);
    expect(verified.principal).toEqual({
      kind: 'user',
      actor: 'user:jane',
      grants: [{ role: 'auditor' }],
    });
  });
});
