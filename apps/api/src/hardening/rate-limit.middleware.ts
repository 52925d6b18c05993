import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import { CONCORDAT_CONFIG } from '@concordat/application';
import type { ConcordatConfig } from '@concordat/config';
import { RefusalCode } from './refusal-code';

/** What the identity middleware, which runs before this one, leaves on the request. */
interface WithPrincipal {
  readonly principal?: { readonly kind?: unknown; readonly actor?: unknown };
}

/**
 * Whom a request counts against: the actor its bearer token verified, or else the client's
 * address (its /56 for IPv6, so one host cannot rotate through its subnet). Callers without a
 * token all carry the same anonymous principal, so they count by address, not together.
 */
export function rateLimitKeyOf(req: Request & WithPrincipal): string {
  const { kind, actor } = req.principal ?? {};
  return kind !== 'anonymous' && typeof actor === 'string'
    ? `actor:${actor}`
    : `ip:${ipKeyGenerator(req.ip ?? '')}`;
}

/**
 * At most `rateLimit.requests` requests per window to /graphql for each actor; beyond, 429 with
 * `Retry-After` and a GraphQL-shaped error. Counts are kept in this process's memory.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  private readonly limiter: RateLimitRequestHandler;

  constructor(@Inject(CONCORDAT_CONFIG) config: ConcordatConfig) {
    const { requests, windowMs } = config.rateLimit;
    this.limiter = rateLimit({
      limit: requests,
      windowMs,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: rateLimitKeyOf,
      message: {
        errors: [
          {
            message: `too many requests: at most ${requests} every ${windowMs / 1000} seconds`,
            extensions: { code: RefusalCode.RateLimited },
          },
        ],
      },
    });
  }

  use(req: Request, res: Response, next: NextFunction): void {
    void this.limiter(req, res, next);
  }
}
