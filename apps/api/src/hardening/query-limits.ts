import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type ParseOptions, type ValidationRule } from 'graphql';
import type { RequestLimits } from '@concordat/config';
import { RefusalCode } from './refusal-code';

/** A query refused for its shape alone, during validation, so nothing of it executes. */
export class QueryLimitExceeded extends GraphQLError {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message, { extensions: { code } });
    this.name = 'QueryLimitExceeded';
  }
}

/** graphql-armor reports every refusal as a "Syntax Error", which it is not. */
function refuseAs(code: RefusalCode): GraphQLArmorRejectCallback {
  return (context, error) =>
    context?.reportError(
      new QueryLimitExceeded(code, error.message.replace(/^Syntax Error: /, '')),
    );
}

/** graphql-armor's depth, cost, alias and directive limits, each refusing with its own code. */
export function queryLimitRules(limits: RequestLimits): ValidationRule[] {
  const refusing = (code: RefusalCode) => ({
    propagateOnRejection: false,
    onReject: [refuseAs(code)],
  });
  return new ApolloArmor({
    maxDepth: { n: limits.queryDepth, ...refusing(RefusalCode.QueryTooDeep) },
    costLimit: { maxCost: limits.queryCost, ...refusing(RefusalCode.QueryTooCostly) },
    maxAliases: { n: limits.aliases, ...refusing(RefusalCode.TooManyAliases) },
    maxDirectives: { n: limits.directives, ...refusing(RefusalCode.TooManyDirectives) },
    // Tokens are counted by graphql-js's own parser (tokenLimitParseOptions): armor's Apollo
    // plugin for them turns every malformed query into an HTTP 500 (graphql-armor issue 751).
    maxTokens: { enabled: false },
    // hardened-graphql.ts drops suggestions from every error instead: this plugin misses
    // "Did you mean the enum value ...".
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}

export function tokenLimitParseOptions(limits: RequestLimits): ParseOptions {
  return { maxTokens: limits.tokens };
}

/**
 * graphql-js's wording when its parser stops at `maxTokens` (graphql 16 language/parser.ts, with
 * its "more that" misspelling; the later spelling too). The e2e test pins it.
 */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more (?:than|that) (\d+) tokens\./;

/**
 * The refusal a query limit gave, if that is what `error` is. Apollo wraps validation and parse
 * errors in its own (code GRAPHQL_VALIDATION_FAILED or GRAPHQL_PARSE_FAILED); the limit's own
 * error is the original one.
 */
export function queryLimitRefusalOf(
  error: unknown,
): { code: RefusalCode; message: string } | undefined {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof QueryLimitExceeded) {
    return { code: original.code, message: original.message };
  }
  const tokens = original instanceof Error ? TOKEN_LIMIT_MESSAGE.exec(original.message) : null;
  return tokens
    ? { code: RefusalCode.TooManyTokens, message: `Token limit of ${tokens[1]} exceeded.` }
    : undefined;
}
