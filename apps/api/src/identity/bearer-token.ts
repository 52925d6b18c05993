/** The token of an `Authorization: Bearer ...` value; undefined when there is none. */
export function bearerToken(authorization: unknown): string | undefined {
  if (typeof authorization !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1] ?? (authorization.trim() === '' ? undefined : '');
}
