import { ApiErrorCode } from '../../graphql/api-error';
import type { FuzzResponse } from './fuzz-request';

/** A GraphQL answer (200), a refused request (400), or a body over the size limit (413). */
const ACCEPTABLE_STATUSES = new Set([200, 400, 413]);
const CODES = new Set<unknown>(Object.values(ApiErrorCode));

interface GraphQLBody {
  readonly errors?: readonly { readonly message?: unknown; readonly extensions?: unknown }[];
}

/**
 * What is wrong with how the server answered a fuzzed mutation, if anything: a server error, a
 * body that is no GraphQL response, an error without one of the API's codes or with INTERNAL,
 * or events written by a request that was answered with errors.
 */
export function problemsWith(response: FuzzResponse, wroteEvents: boolean): string[] {
  const problems: string[] = [];
  if (!ACCEPTABLE_STATUSES.has(response.status)) problems.push(`HTTP status ${response.status}`);
  const refused = response.status !== 200 || hasErrors(response.body);
  if (refused && wroteEvents) problems.push('events were written although the request failed');
  if (response.status === 413) return problems;
  if (!isObject(response.body)) return [...problems, 'the body is not a JSON object'];
  for (const error of (response.body as GraphQLBody).errors ?? []) {
    const code = isObject(error.extensions) ? error.extensions['code'] : undefined;
    if (code === ApiErrorCode.Internal) problems.push(`INTERNAL: ${brief(error)}`);
    else if (!CODES.has(code)) problems.push(`an error without an API code: ${brief(error)}`);
  }
  return problems;
}

/** An error as JSON, cut short: it may quote a megabyte of input back. */
function brief(error: unknown): string {
  const text = JSON.stringify(error);
  return text.length > 600 ? `${text.slice(0, 600)}...` : text;
}

function hasErrors(body: unknown): boolean {
  return isObject(body) && Array.isArray((body as GraphQLBody).errors);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `200 applied`, `400 VALIDATION_FAILED`, `413` and so on: how one case ended, for the tally. */
export function outcomeOf(response: FuzzResponse): string {
  const [first] = isObject(response.body) ? ((response.body as GraphQLBody).errors ?? []) : [];
  if (first) {
    const code = isObject(first.extensions) ? first.extensions['code'] : undefined;
    return `${response.status} ${String(code)}`;
  }
  return response.status === 200 ? '200 applied' : String(response.status);
}
