import type { Grant, Role } from '@concordat/access-control';

/** Who is signed in: the bearer token and what it says about its holder. */
export interface Session {
  readonly token: string;
  readonly actor: string;
  readonly grants: readonly Grant[];
}

const STORAGE_KEY = 'concordat.token';

/**
 * Reads the actor and grants a token claims. The server verifies every request; this reading
 * only decides which controls to offer, so a forged token gains nothing but refusals.
 */
export function sessionFromToken(token: string): Session | undefined {
  const payload = token.trim().split('.')[1];
  if (!payload) return undefined;
  try {
    const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    );
    const json = new TextDecoder().decode(bytes);
    const claims = JSON.parse(json) as { sub?: unknown; grants?: unknown };
    if (typeof claims.sub !== 'string' || !Array.isArray(claims.grants)) return undefined;
    return { token: token.trim(), actor: claims.sub, grants: claims.grants as Grant[] };
  } catch {
    return undefined;
  }
}

/** The session survives a reload of the tab, and ends with it. */
export function rememberedSession(): Session | undefined {
  const token = sessionStorage.getItem(STORAGE_KEY);
  return token ? sessionFromToken(token) : undefined;
}

export function rememberSession(session: Session | undefined): void {
  if (session) sessionStorage.setItem(STORAGE_KEY, session.token);
  else sessionStorage.removeItem(STORAGE_KEY);
}

export function rolesOf(session: Session): Role[] {
  return [...new Set(session.grants.map((grant) => grant.role))];
}

/** A role's name as people say it: "board-member" reads "board member". */
export function roleLabel(role: string): string {
  return role.replace(/-/g, ' ');
}
