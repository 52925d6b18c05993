export interface GraphQLResponse<T> {
  readonly data?: T;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** Posts one GraphQL operation over real HTTP. */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
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
