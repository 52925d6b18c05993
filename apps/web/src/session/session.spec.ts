import { sessionFromToken } from './session';

/** A token's shape without its signature: the app reads claims, the server verifies them. */
function unsignedToken(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part(claims)}.signature`;
}

describe('reading a session from a token', () => {
  it('reads the actor and the grants', () => {
    const grants = [{ role: 'board-member', partnershipId: 'orkney-cpp' }];
    expect(sessionFromToken(` ${unsignedToken({ sub: 'user:inga', grants })} `)).toEqual({
      token: unsignedToken({ sub: 'user:inga', grants }),
      actor: 'user:inga',
      grants,
    });
  });

  it('refuses what is not a token with an actor and grants', () => {
    expect(sessionFromToken('not a token')).toBeUndefined();
    expect(sessionFromToken('a.%%%.c')).toBeUndefined();
    expect(sessionFromToken(unsignedToken({ sub: 'user:inga' }))).toBeUndefined();
    expect(sessionFromToken(unsignedToken({ grants: [] }))).toBeUndefined();
  });
});
