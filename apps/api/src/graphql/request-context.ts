import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
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

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function requestContext({ req }: { req?: Request }): RequestContext {
  const given = req?.header('x-correlation-id');
  return {
    req,
    correlationId: given && CORRELATION_ID.test(given) ? given : randomUUID(),
    actor: 'user:anonymous',
    loaders: new Loaders(),
  };
}
