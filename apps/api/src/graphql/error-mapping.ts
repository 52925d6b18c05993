import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { EventStoreError, EventStoreErrorCode } from '@concordat/event-store';
import { InvalidCursorError } from '@concordat/read-models';
import { assertNever, RuleViolation } from '@concordat/shared-kernel';
import { ApiError, ApiErrorCode } from './api-error';

interface MappedError {
  readonly code: ApiErrorCode;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/**
 * The one place that turns what went wrong into the API's error codes. The domain and the store
 * throw their own errors; only this mapper knows GraphQL. Anything unrecognised is INTERNAL, and
 * says nothing about why outside development.
 */
export function mapError(error: unknown): MappedError {
  if (error instanceof ApiError) return error;
  if (error instanceof RuleViolation) {
    return {
      code: ApiErrorCode.RuleViolated,
      message: error.message,
      details: { rule: error.rule, ...(error.field ? { field: error.field } : {}) },
    };
  }
  if (error instanceof EventStoreError) return mapStoreError(error);
  if (error instanceof InvalidCursorError) {
    return {
      code: ApiErrorCode.ValidationFailed,
      message: error.message,
      details: { fields: [{ field: 'after', message: error.message }] },
    };
  }
  return { code: ApiErrorCode.Internal, message: 'internal error', details: {} };
}

function mapStoreError(error: EventStoreError): MappedError {
  switch (error.code) {
    case EventStoreErrorCode.WrongExpectedRevision:
    case EventStoreErrorCode.IdempotencyConflict:
      return {
        code: ApiErrorCode.ConcurrencyConflict,
        message: error.message,
        details: error.details,
      };
    case EventStoreErrorCode.InvalidEvent:
    case EventStoreErrorCode.InvalidArgument:
      return {
        code: ApiErrorCode.ValidationFailed,
        message: error.message,
        details: error.details,
      };
    case EventStoreErrorCode.Unavailable:
      return {
        code: ApiErrorCode.Internal,
        message: 'the event store is unavailable',
        details: {},
      };
    default:
      return assertNever(error.code, 'event store error code');
  }
}

/** GraphQL's own refusals (a malformed query, a wrong argument type) are the caller's to fix. */
const CALLER_MISTAKES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
]);

/** Apollo's formatError: stable codes, and no stack traces, SQL or paths in production. */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  exposeInternals: boolean,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const upstreamCode = formatted.extensions?.['code'];
  if (
    original instanceof GraphQLError &&
    typeof upstreamCode === 'string' &&
    CALLER_MISTAKES.has(upstreamCode)
  ) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: ApiErrorCode.ValidationFailed },
    };
  }
  const mapped = mapError(original);
  const internalDetail =
    mapped.code === ApiErrorCode.Internal && exposeInternals && original instanceof Error
      ? { detail: original.message }
      : {};
  return {
    message: mapped.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: mapped.code, ...mapped.details, ...internalDetail },
  };
}
