import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { RequestLimits } from '@concordat/config';
import { ApiErrorCode } from '../graphql/api-error';
import { queryLimitRefusalOf, queryLimitRules, tokenLimitParseOptions } from './query-limits';

/**
 * The same limits for operations sent over graphql-ws as over HTTP, which Apollo's options do not
 * reach: the socket parses and validates for itself. It serves subscriptions only, so that queries
 * and mutations always pass the HTTP guards (rate limit, body size) as well.
 */
export class WebsocketLimits {
  private schema: GraphQLSchema | undefined;
  private readonly rules;

  constructor(private readonly limits: RequestLimits) {
    this.rules = [...specifiedRules, ...queryLimitRules(limits)];
  }

  /** Apollo's transformSchema hook: keeps the schema the socket validates against. */
  readonly rememberSchema = (schema: GraphQLSchema): GraphQLSchema => (this.schema = schema);

  /** graphql-ws's onSubscribe: errors refuse the operation; nothing lets graphql-ws carry on. */
  readonly onSubscribe = (
    _context: unknown,
    _id: string,
    payload: SubscribePayload,
  ): readonly GraphQLError[] | undefined => {
    let document: DocumentNode;
    try {
      document = parse(payload.query, tokenLimitParseOptions(this.limits));
    } catch (error) {
      return [refusal(error)];
    }
    if (!this.schema) return [new GraphQLError('the schema is not ready yet')];
    const errors = validate(this.schema, document, this.rules);
    if (errors.length > 0) return errors.map(refusal);
    const operation = getOperationAST(document, payload.operationName);
    if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
      return [
        new GraphQLError(
          'only subscriptions are served here: send queries and mutations over HTTP',
          {
            extensions: { code: ApiErrorCode.ValidationFailed },
          },
        ),
      ];
    }
    return undefined;
  };
}

/** A refusal with its stable code: a limit's own, or VALIDATION_FAILED for any other mistake. */
function refusal(error: unknown): GraphQLError {
  const limit = queryLimitRefusalOf(error);
  if (limit) return new GraphQLError(limit.message, { extensions: { code: limit.code } });
  const message = error instanceof Error ? error.message : String(error);
  return new GraphQLError(message, { extensions: { code: ApiErrorCode.ValidationFailed } });
}
