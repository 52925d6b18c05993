/** What came back for one fuzzed request, as the caller saw it on the wire. */
export interface FuzzResponse {
  readonly status: number;
  /** The parsed JSON body, or undefined when the body was not JSON. */
  readonly body: unknown;
}

export interface FuzzRequestOptions {
  /** The bearer token the request carries, so that it gets past authentication to the rules. */
  readonly token: string;
  /** A request still unanswered after this long fails as a hang. */
  readonly timeoutMs: number;
}

/**
 * Posts one GraphQL request body and keeps the HTTP status, which the shared test client drops.
 * Every fuzzed request goes through here, so its headers are set in this one place.
 */
export async function postOperation(
  url: string,
  body: Readonly<Record<string, unknown>>,
  { token, timeoutMs }: FuzzRequestOptions,
): Promise<FuzzResponse> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new Error(`no answer within ${timeoutMs} ms`);
    }
    throw error;
  }
  return { status: response.status, body: parsedOrUndefined(text) };
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
