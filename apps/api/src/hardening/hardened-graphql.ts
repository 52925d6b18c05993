import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLFormattedError } from 'graphql';
import type { ConcordatConfig } from '@concordat/config';
import { formatGraphQLError } from '../graphql/error-mapping';
import { queryLimitRefusalOf, queryLimitRules, tokenLimitParseOptions } from './query-limits';

/** How graphql-js ends a message that guesses at a field, type, argument or enum value. */
const SUGGESTION = / Did you mean .+\?$/;

/**
 * Drops "Did you mean" hints, which tell a caller who cannot introspect the names in the schema.
 * Done here because every error passes this way: graphql-armor's blockFieldSuggestion and Apollo's
 * hideSchemaDetailsFromClientErrors both miss some (enum values; errors in variables).
 */
function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  return { ...error, message: error.message.replace(SUGGESTION, '') };
}

type HardenedOptions = Pick<
  ApolloDriverConfig,
  | 'csrfPrevention'
  | 'allowBatchedHttpRequests'
  | 'persistedQueries'
  | 'introspection'
  | 'includeStacktraceInErrorResponses'
  | 'validationRules'
  | 'parseOptions'
  | 'formatError'
>;

/**
 * What /graphql over HTTP refuses, before any resolver runs: queries beyond the configured limits,
 * batches, requests a browser could forge across sites, and in production introspection and
 * "Did you mean" hints. Errors keep their stable codes and, in production, no internals.
 */
export function hardenedGraphQLOptions(config: ConcordatConfig): HardenedOptions {
  const production = config.environment === 'production';
  return {
    // Apollo 5's defaults, stated so that no upgrade can quietly change them.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Clients send whole documents: a cache of them would be one more thing to bound and limit.
    persistedQueries: false,
    // formatError builds every answer anew without it; this keeps it so should that change.
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    validationRules: queryLimitRules(config.limits),
    parseOptions: tokenLimitParseOptions(config.limits),
    formatError: (formatted, error): GraphQLFormattedError => {
      const refusal = queryLimitRefusalOf(error);
      const answer = refusal
        ? {
            message: refusal.message,
            locations: formatted.locations,
            extensions: { code: refusal.code },
          }
        : formatGraphQLError(formatted, error, !production);
      return production ? withoutSuggestions(answer) : answer;
    },
  };
}
