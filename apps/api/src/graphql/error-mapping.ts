import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AccessDenied } from '@concordat/access-control';
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
  if (error instanceof AccessDenied) return mapAccessDenied(error);
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

function mapAccessDenied(error: AccessDenied): MappedError {
  switch (error.denial) {
    case 'not-found':
      return { code: ApiErrorCode.NotFound, message: error.message, details: error.details };
    case 'forbidden':
      return { code: ApiErrorCode.Forbidden, message: error.message, details: error.details };
    case 'unauthenticated':
      return { code: ApiErrorCode.Unauthenticated, message: error.message, details: {} };
    default:
      return assertNever(error.denial, 'access denial');
  }
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

/**
 * GraphQL's and Apollo's own refusals are the caller's to fix: a malformed query, a wrong argument
 * type, a request body Apollo cannot use (variables that are no object, an operation name that is
 * no string or names no operation), a persisted query it does not hold.
 */
const CALLER_MISTAKES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

/**
 * graphql-js's wording (graphql 16 execution/values) when it stops checking a request's variables
 * after 50 errors, say a list of 10 000 wrong items: an error without a code, but the caller's.
 */
const VARIABLE_ERROR_LIMIT =
  'Too many errors processing variables, error limit reached. Execution aborted.';

function isCallerMistake(original: unknown, upstreamCode: unknown): boolean {
  if (!(original instanceof GraphQLError)) return false;
  if (original.message === VARIABLE_ERROR_LIMIT) return true;
  return typeof upstreamCode === 'string' && CALLER_MISTAKES.has(upstreamCode);
}

/** Apollo's formatError: stable codes, and no stack traces, SQL or paths in production. */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  exposeInternals: boolean,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isCallerMistake(original, formatted.extensions?.['code'])) {
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
