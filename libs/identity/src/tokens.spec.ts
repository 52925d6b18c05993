import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, UnsecuredJWT } from 'jose';
import { loadConfig } from '@concordat/config';
import { InvalidToken } from './invalid-token';
import { signingKey, verificationKeys } from './token-keys';
import { issueToken, verifyToken } from './tokens';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const config = loadConfig({ CONCORDAT_JWT_SECRET: SECRET });
const officer = { role: 'partnership-officer' as const, partnershipId: 'orkney-cpp' };

async function verify(token: string, env: Record<string, string> = {}) {
  const checked = loadConfig({ CONCORDAT_JWT_SECRET: SECRET, ...env });
  return verifyToken(token, await verificationKeys(checked), checked.auth);
}

async function refusal(token: string, env?: Record<string, string>): Promise<string> {
  try {
    await verify(token, env);
    return 'accepted';
  } catch (error) {
    if (error instanceof InvalidToken) return error.message;
    throw error;
  }
}

describe('bearer tokens', () => {
  it('carry the actor and its grants from issue to verification', async () => {
    const token = await issueToken(
      { actor: 'user:jane', grants: [officer], expiresIn: '1h' },
      await signingKey(config),
      config.auth,
    );
    await expect(verify(token)).resolves.toEqual({
      kind: 'user',
      actor: 'user:jane',
      grants: [officer],
    });
  });

  it('are refused when expired, wrongly signed, for another audience or issuer', async () => {
    const issue = (secret: string, build: (jwt: SignJWT) => SignJWT) =>
      build(new SignJWT({ grants: [officer] }).setProtectedHeader({ alg: 'HS256' }))
        .setSubject('user:jane')
        .sign(new TextEncoder().encode(secret));
    const valid = (jwt: SignJWT) =>
      jwt.setIssuer('concordat').setAudience('concordat-api').setExpirationTime('1h');

    expect(await refusal(await issue(SECRET, valid))).toBe('accepted');
    expect(
      await refusal(await issue(SECRET, (jwt) => valid(jwt).setExpirationTime('-1m'))),
    ).toContain('ERR_JWT_EXPIRED');
    expect(await refusal(await issue(`${SECRET}-other`, valid))).toContain(
      'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    );
    expect(await refusal(await issue(SECRET, (jwt) => valid(jwt).setAudience('other')))).toContain(
      'ERR_JWT_CLAIM_VALIDATION_FAILED',
    );
    expect(await refusal(await issue(SECRET, (jwt) => valid(jwt).setIssuer('other')))).toContain(
      'ERR_JWT_CLAIM_VALIDATION_FAILED',
    );
    expect(
      await refusal(
        await issue(SECRET, (jwt) => jwt.setIssuer('concordat').setAudience('concordat-api')),
      ),
    ).toContain('ERR_JWT_CLAIM_VALIDATION_FAILED');
  });

  it('are refused unsigned, without grants, or with a grant that makes no sense', async () => {
    const unsecured = new UnsecuredJWT({ grants: [officer] })
      .setSubject('user:jane')
      .setIssuer('concordat')
      .setAudience('concordat-api')
      .setExpirationTime('1h')
      .encode();
    expect(await refusal(unsecured)).not.toBe('accepted');
    const withGrants = (grants: unknown) =>
      new SignJWT({ grants })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('user:jane')
        .setIssuer('concordat')
        .setAudience('concordat-api')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(SECRET));
    expect(await refusal(await withGrants([]))).toContain('no grants');
    expect(await refusal(await withGrants([{ role: 'superuser' }]))).toContain('unknown role');
    expect(await refusal(await withGrants([{ role: 'board-chair' }]))).toContain(
      'needs a partnershipId',
    );
    expect(
      await refusal(await withGrants([{ role: 'partner-representative', partnershipId: 'p' }])),
    ).toContain('names the one partner');
  });

  it('are checked with a public key when one is configured (Ed25519)', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const dir = await mkdtemp(join(tmpdir(), 'concordat-keys-'));
    const env = {
      CONCORDAT_JWT_PUBLIC_KEY_FILE: join(dir, 'public.pem'),
      CONCORDAT_JWT_PRIVATE_KEY_FILE: join(dir, 'private.pem'),
    };
    await writeFile(
      env.CONCORDAT_JWT_PUBLIC_KEY_FILE,
      publicKey.export({ type: 'spki', format: 'pem' }),
    );
    await writeFile(
      env.CONCORDAT_JWT_PRIVATE_KEY_FILE,
      privateKey.export({ type: 'pkcs8', format: 'pem' }),
    );
    const asymmetric = loadConfig(env);
    const token = await issueToken(
      { actor: 'user:jane', grants: [officer], expiresIn: '1h' },
      await signingKey(asymmetric),
      asymmetric.auth,
    );
    const keys = await verificationKeys(asymmetric);
    await expect(verifyToken(token, keys, asymmetric.auth)).resolves.toMatchObject({
      actor: 'user:jane',
    });
    // A token signed with the shared secret is no good where a public key is configured.
    const hs256 = await issueToken(
      { actor: 'user:jane', grants: [officer], expiresIn: '1h' },
      await signingKey(config),
      config.auth,
    );
    await expect(verifyToken(hs256, keys, asymmetric.auth)).rejects.toThrow(InvalidToken);
  });

  it('keeps a development secret in the data directory, and refuses production without keys', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'concordat-secret-'));
    const development = loadConfig({ CONCORDAT_DATA_DIR: dataDir });
    const first = await signingKey(development);
    const second = await signingKey(development);
    expect(Buffer.from(first.key as Uint8Array).equals(Buffer.from(second.key as Uint8Array))).toBe(
      true,
    );
    await expect(
      verificationKeys(loadConfig({ CONCORDAT_DATA_DIR: dataDir, NODE_ENV: 'production' })),
    ).rejects.toThrow('production needs CONCORDAT_JWT_SECRET');
  });
});
