import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ANONYMOUS, type Principal } from '@concordat/access-control';
import { InvalidToken } from '@concordat/identity';
import { ApiErrorCode } from '../graphql/api-error';
import { bearerToken } from './bearer-token';
import { TokenVerifier } from './token-verifier';

/** Who is calling, as verified from the request's bearer token, or the anonymous public. */
export type AuthenticatedRequest = Request & { principal?: Principal };

/**
 * Verifies the bearer token before anything else sees the request. A request without one is
 * anonymous (it may read what the public reads); a token that fails any check is refused outright
 * rather than treated as anonymous, so a caller never mistakes an expired session for a quiet one.
 */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  constructor(private readonly verifier: TokenVerifier) {}

  async use(req: AuthenticatedRequest, res: Response, next: NextFunction): Promise<void> {
    const token = bearerToken(req.headers.authorization);
    if (token === undefined) {
      req.principal = ANONYMOUS;
      return next();
    }
    try {
      req.principal = await this.verifier.verify(token);
      next();
    } catch (error) {
      if (!(error instanceof InvalidToken)) return next(error);
      res
        .status(401)
        .setHeader('WWW-Authenticate', 'Bearer error="invalid_token"')
        .json({
          errors: [
            {
              message: 'the bearer token is missing, malformed, expired or not ours',
              extensions: { code: ApiErrorCode.Unauthenticated },
            },
          ],
        });
    }
  }
}
