export interface GraphQLResponse<T> {
  readonly data?: T;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** The token each test server's requests carry unless told otherwise (see api-backends). */
const defaultTokens = new Map<string, string>();

export function useDefaultToken(url: string, token: string): void {
  defaultTokens.set(url, token);
}

export interface RequestOptions {
  /** A bearer token; null sends none (the anonymous public). Defaults to the server's. */
  readonly token?: string | null;
}

/** Posts one GraphQL operation over real HTTP. */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<T>> {
  const token = options.token === undefined ? defaultTokens.get(url) : options.token;
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Waits until every read model has applied everything committed so far. */
export async function untilProjectionsCaughtUp(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data } = await graphql<{ projections: { caughtUp: boolean; state: string }[] }>(
      url,
      '{ projections { caughtUp state } }',
    );
    const done = data?.projections.every((p) => p.caughtUp && p.state === 'running');
    if (done) return;
    if (Date.now() > deadline) throw new Error('the read models did not catch up in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
