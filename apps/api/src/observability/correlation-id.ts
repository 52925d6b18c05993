import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The id that ties a request's log lines, the commands it caused and their events together:
 * the caller's `X-Correlation-Id` when it sends a sensible one, otherwise a new one.
 */
export function correlationIdOf(req: IncomingMessage): string {
  const given = req.headers['x-correlation-id'];
  const value = Array.isArray(given) ? given[0] : given;
  return value && CORRELATION_ID.test(value) ? value : randomUUID();
}
