import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { correlationIdOf } from '../observability/correlation-id';
import { Loaders } from './loaders';

/** What every resolver knows about the request it serves. */
export interface RequestContext {
  /** Absent on a subscription's websocket, which has no HTTP request after the handshake. */
  readonly req: Request | undefined;
  /** From `X-Correlation-Id` when the caller sends one, so its logs and ours join up. */
  readonly correlationId: string;
  /** Who is asking; identities and roles arrive with authentication. */
  readonly actor: string;
  /** This request's DataLoaders: batching lives and dies with the request. */
  readonly loaders: Loaders;
}

export function requestContext({ req }: { req?: Request }): RequestContext {
  // The HTTP logger has already given the request its correlation id (req.id); reuse it.
  const logged = (req as { id?: unknown } | undefined)?.id;
  return {
    req,
    correlationId: typeof logged === 'string' ? logged : req ? correlationIdOf(req) : randomUUID(),
    actor: 'user:anonymous',
    loaders: new Loaders(),
  };
}
