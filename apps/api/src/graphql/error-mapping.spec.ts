import { ApolloServerErrorCode } from '@apollo/server/errors';
import { buildSchema, execute, GraphQLError, parse } from 'graphql';
import { formatGraphQLError } from './error-mapping';

/** How Apollo raises a refusal of its own: a GraphQLError with its code and an HTTP status. */
const apolloRefusal = (code: string, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

describe('formatGraphQLError', () => {
  it.each([
    [
      ApolloServerErrorCode.BAD_REQUEST,
      '`variables` in a POST body must be an object if provided.',
    ],
    [
      ApolloServerErrorCode.BAD_REQUEST,
      '`operationName` in a POST body must be a string if provided.',
    ],
    [ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, 'Unknown operation named "Elsewhere".'],
    [ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND, 'PersistedQueryNotFound'],
    [ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, 'Cannot query field "nope" on type "Query".'],
  ])('answers Apollo %s (%s) as the caller’s mistake, not INTERNAL', (code, message) => {
    const error = apolloRefusal(code, message);

    expect(formatGraphQLError({ message, extensions: { code } }, error, true)).toEqual({
      message,
      extensions: { code: 'VALIDATION_FAILED' },
    });
  });

  it('answers graphql-js giving up on variables after 50 errors as the caller’s mistake', async () => {
    const result = await execute({
      schema: buildSchema('type Query { sum(terms: [Int!]!): Int }'),
      document: parse('query Sum($terms: [Int!]!) { sum(terms: $terms) }'),
      variableValues: { terms: Array.from({ length: 60 }, () => 'not a number') },
    });
    const limit = result.errors?.at(-1);

    expect(result.errors).toHaveLength(51);
    expect(
      formatGraphQLError(
        { message: limit!.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        limit,
        true,
      ),
    ).toEqual({ message: limit!.message, extensions: { code: 'VALIDATION_FAILED' } });
  });

  it('keeps an unrecognised failure INTERNAL, and says why only where internals may show', () => {
    const error = new GraphQLError('boom', { originalError: new Error('connection reset') });

    expect(formatGraphQLError({ message: 'boom' }, error, false).extensions).toEqual({
      code: 'INTERNAL',
    });
    expect(formatGraphQLError({ message: 'boom' }, error, true).extensions).toEqual({
      code: 'INTERNAL',
      detail: 'connection reset',
    });
  });
});
