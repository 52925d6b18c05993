import type { RunningApi } from '../../testing/api-backends';

export interface RawAnswer {
  readonly status: number;
  /** The body as sent, to search for what must not be in it. */
  readonly text: string;
  readonly body: {
    readonly data?: unknown;
    readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** Posts one operation without a token, keeping the status and the body as they came. */
export async function postQuery(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<RawAnswer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as RawAnswer['body'] };
}
