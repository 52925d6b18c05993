/**
 * 'not-found': the target lies outside what the actor may see, answered exactly as an id that
 * does not exist, so that nothing leaks about other partnerships.
 * 'forbidden': the actor sees the target but its roles do not allow this.
 * 'unauthenticated': the caller has no verified identity and the action needs one.
 */
export type AccessDenial = 'not-found' | 'forbidden' | 'unauthenticated';

export class AccessDenied extends Error {
  constructor(
    readonly denial: AccessDenial,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'AccessDenied';
  }

  static notFound(what: string, id: string): AccessDenied {
    return new AccessDenied('not-found', `${what} ${id} was not found`, { id });
  }

  static forbidden(message: string, details: Readonly<Record<string, unknown>> = {}): AccessDenied {
    return new AccessDenied('forbidden', message, details);
  }

  static unauthenticated(): AccessDenied {
    return new AccessDenied('unauthenticated', 'a valid bearer token is required');
  }
}
