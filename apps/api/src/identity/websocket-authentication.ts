import type { Context } from 'graphql-ws';
import { ANONYMOUS, type Principal } from '@concordat/access-control';
import { InvalidToken } from '@concordat/identity';
import { bearerToken } from './bearer-token';
import type { TokenVerifier } from './token-verifier';

/**
 * graphql-ws's onConnect: a subscriber sends its token as the `authorization` connection
 * parameter. A bad token closes the socket (4403); no token subscribes as the anonymous public.
 */
export function websocketAuthentication(verifier: TokenVerifier) {
  return async ({ connectionParams, extra: socket }: Context): Promise<boolean> => {
    // Nest hands this object to the request context of every operation on the socket.
    const extra = socket as { principal?: Principal };
    const token = bearerToken(
      connectionParams?.['authorization'] ?? connectionParams?.['Authorization'],
    );
    if (token === undefined) {
      extra.principal = ANONYMOUS;
      return true;
    }
    try {
      extra.principal = await verifier.verify(token);
      return true;
    } catch (error) {
      if (error instanceof InvalidToken) return false;
      throw error;
    }
  };
}
