import {
  HeaderMap,
  type ApolloServerOptions,
  type ApolloServerPlugin,
  type GraphQLRequest,
} from '@apollo/server';
import {
  OperationTypeNode,
  type FormattedExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import type { RequestContext } from '../graphql/request-context';
import { today } from '../meetings/meeting.args';
import { AnswerCache } from './answer-cache';
import { asksForVolatile } from './volatile-answer';

type Data = Record<string, unknown>;

/** What the GraphQL server is given: the plugin, and the writer of answers as JSON. */
export type AnswerCaching = Required<
  Pick<ApolloServerOptions<RequestContext>, 'plugins' | 'stringifyResult'>
>;

/**
 * Answers a query from the cache when the same caller asked the same thing since the read models
 * last moved. Only queries are kept, only whole answers without errors, and only when this
 * process writes every read model (`stamp` is null otherwise): the key holds the query, its
 * variables, the caller's verified principal (what it may read) and the day, which answers about
 * overdue actions depend on. A kept answer's JSON is kept with it, so a repeated answer is not
 * written out again.
 */
export function answerCaching(budget: number, stamp: () => number | null): AnswerCaching {
  const cache = new AnswerCache<Data>(budget);
  const written = new WeakMap<Data, string>();
  const plugin: ApolloServerPlugin<RequestContext> = {
    requestDidStart: async () => {
      let missed: { readonly stamp: number; readonly key: string } | null = null;
      return {
        responseForOperation: async (context) => {
          const { document, schema, request, contextValue } = context;
          // Typed as always there, but absent when no operation has the name asked for (the
          // execution then refuses the request).
          const operation = context.operation as OperationDefinitionNode | undefined;
          const now = stamp();
          if (operation?.operation !== OperationTypeNode.QUERY || now === null) return null;
          if (request.query === undefined || asksForVolatile(schema, document)) return null;
          const key = keyOf(request, contextValue);
          const data = cache.get(now, key);
          if (data !== undefined) {
            const singleResult = { data };
            return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult } };
          }
          missed = { stamp: now, key };
          return null;
        },
        willSendResponse: async ({ response, operation }) => {
          // A change's answers go with it at once: after an erasure, no name stays in memory.
          if (operation?.operation === OperationTypeNode.MUTATION) cache.clear();
          if (missed === null || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors !== undefined || !data || stamp() !== missed.stamp) return;
          const json = JSON.stringify(data);
          written.set(data, json);
          cache.set(missed.stamp, missed.key, data, json.length);
        },
      };
    },
  };
  // Exactly what Apollo Server writes by default, JSON and a newline, with the data's JSON reused.
  const stringifyResult = (result: FormattedExecutionResult): string => {
    const { data, errors, extensions } = result;
    const json = data && !errors && !extensions ? written.get(data) : undefined;
    return json === undefined ? `${JSON.stringify(result)}\n` : `{"data":${json}}\n`;
  };
  return { plugins: [plugin], stringifyResult };
}

function keyOf(request: GraphQLRequest, context: RequestContext): string {
  const { query, operationName, variables } = request;
  return JSON.stringify([
    query,
    operationName ?? null,
    variables ?? {},
    context.principal,
    today(),
  ]);
}
