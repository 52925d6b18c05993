import { errors, jwtVerify, SignJWT } from 'jose';
import {
  InvalidGrant,
  parseGrant,
  type Grant,
  type UserPrincipal,
} from '@concordat/access-control';
import type { AuthConfig } from '@concordat/config';
import { InvalidToken } from './invalid-token';
import type { SigningKey, VerificationKeys } from './token-keys';
import type { VerifiedToken } from './verified-tokens';

/** The private claim holding the actor's roles. */
const GRANTS_CLAIM = 'grants';

/** Actors are names like `user:jane.doe`: printable, bounded, no spaces. */
const ACTOR = /^[A-Za-z0-9._:@-]{1,200}$/;

export interface TokenRequest {
  readonly actor: string;
  readonly grants: readonly Grant[];
  /** A jose time span, e.g. '8h', '30d'. */
  readonly expiresIn: string;
}

export async function issueToken(
  request: TokenRequest,
  signing: SigningKey,
  auth: Pick<AuthConfig, 'issuer' | 'audience'>,
): Promise<string> {
  if (!ACTOR.test(request.actor)) throw new InvalidToken(`bad actor ${request.actor}`);
  const grants = request.grants.map(parseGrant);
  return new SignJWT({ [GRANTS_CLAIM]: grants })
    .setProtectedHeader({ alg: signing.algorithm, typ: 'JWT' })
    .setSubject(request.actor)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn)
    .sign(signing.key);
}

/** Checks signature, algorithm, issuer, audience and expiry, then reads the actor and grants. */
export async function verifyToken(
  token: string,
  keys: VerificationKeys,
  auth: Pick<AuthConfig, 'issuer' | 'audience'>,
): Promise<UserPrincipal> {
  return (await verifyTokenUntilExpiry(token, keys, auth)).principal;
}

/** `verifyToken`, with the instant the token's `exp` claim ends it. */
export async function verifyTokenUntilExpiry(
  token: string,
  keys: VerificationKeys,
  auth: Pick<AuthConfig, 'issuer' | 'audience'>,
): Promise<VerifiedToken> {
  const options = {
    issuer: auth.issuer,
    audience: auth.audience,
    requiredClaims: ['exp', 'sub'],
    algorithms: keys.kind === 'key' ? [keys.algorithm] : keys.algorithms,
  };
  try {
    const { payload } =
      keys.kind === 'key'
        ? await jwtVerify(token, keys.key, options)
        : await jwtVerify(token, keys.keySet, options);
    const actor = payload.sub ?? '';
    if (!ACTOR.test(actor)) throw new InvalidToken('the subject is not an actor');
    const claimed = payload[GRANTS_CLAIM];
    if (!Array.isArray(claimed) || claimed.length === 0) throw new InvalidToken('no grants');
    const principal: UserPrincipal = { kind: 'user', actor, grants: claimed.map(parseGrant) };
    // jose requires `exp` (requiredClaims) and refuses the token once now >= exp.
    return { principal, expiresAtMs: (payload.exp ?? 0) * 1_000 };
  } catch (error) {
    if (error instanceof InvalidToken) throw error;
    if (error instanceof errors.JOSEError) throw new InvalidToken(error.code);
    if (error instanceof InvalidGrant) throw new InvalidToken(error.message);
    throw error;
  }
}
