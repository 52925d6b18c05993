import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { ANONYMOUS, readScopeOf, type Principal, type ReadScope } from '@concordat/access-control';
import { correlationIdOf } from '../observability/correlation-id';
import { Loaders } from './loaders';

/** What every resolver knows about the request it serves. */
export interface RequestContext {
  /** Absent on a subscription's websocket, which has no HTTP request after the handshake. */
  readonly req: Request | undefined;
  /** From `X-Correlation-Id` when the caller sends one, so its logs and ours join up. */
  readonly correlationId: string;
  /** Who is asking, verified from the bearer token; the anonymous public without one. */
  readonly principal: Principal;
  /** The actor recorded on the events this request causes: always the verified one. */
  readonly actor: string;
  /** What the principal may read; every query and subscription applies it. */
  readonly scope: ReadScope;
  /** This request's DataLoaders: batching lives and dies with the request. */
  readonly loaders: Loaders;
}

/** Where the authentication middleware (HTTP) or the websocket handshake left the principal. */
interface Carriers {
  readonly req?: Request & { principal?: Principal };
  readonly extra?: { principal?: Principal };
}

export function requestContextFactory(publicReads: boolean) {
  return ({ req, extra }: Carriers): RequestContext => {
    // The HTTP logger has already given the request its correlation id (req.id); reuse it.
    const logged = (req as { id?: unknown } | undefined)?.id;
    const principal = req?.principal ?? extra?.principal ?? ANONYMOUS;
    return {
      req,
      correlationId:
        typeof logged === 'string' ? logged : req ? correlationIdOf(req) : randomUUID(),
      principal,
      actor: principal.actor,
      scope: readScopeOf(principal, publicReads),
      loaders: new Loaders(),
    };
  };
}
