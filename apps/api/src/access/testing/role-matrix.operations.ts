import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isLeafType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { SCHEMA_FILE } from '../../app.module';
import { graphql, type GraphQLResponse, type RequestOptions } from '../../testing/graphql-client';

type Field = GraphQLField<unknown, unknown>;

/**
 * The committed schema (CI keeps it equal to the served one), read when the tests are collected,
 * so that every query and mutation gets a test of its own.
 */
const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

function fieldsOf(type: GraphQLObjectType | null | undefined): ReadonlyMap<string, Field> {
  return new Map(Object.entries(type?.getFields() ?? {}));
}

export const SCHEMA_MUTATIONS = fieldsOf(schema.getMutationType());
export const SCHEMA_QUERIES = fieldsOf(schema.getQueryType());

/**
 * `query RoleMatrix($id: String!) { agreement(id: $id) { __typename } }`: declares only the
 * arguments given, so that the others keep their defaults.
 */
function documentOf(
  operation: 'query' | 'mutation',
  field: Field,
  argumentNames: readonly string[],
): string {
  const args = field.args.filter((arg) => argumentNames.includes(arg.name));
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${operation} RoleMatrix${declared ? `(${declared})` : ''} { ${field.name}${
    passed ? `(${passed})` : ''
  }${selection} }`;
}

/** Sends the named query or mutation of the schema with these variables. */
export function send(
  url: string,
  operation: 'query' | 'mutation',
  name: string,
  variables: Record<string, unknown>,
  options: RequestOptions = {},
): Promise<GraphQLResponse<unknown>> {
  const field = (operation === 'query' ? SCHEMA_QUERIES : SCHEMA_MUTATIONS).get(name);
  if (!field) throw new Error(`the schema has no ${operation} ${name}`);
  return graphql(url, documentOf(operation, field, Object.keys(variables)), variables, options);
}

/**
 * GETs an HTTP route the policy guards, answered as a GraphQL response would be: no errors when
 * it succeeds, else the errors of its body, which carry the same codes.
 */
export async function getRoute(
  url: string,
  route: string,
  { token }: { readonly token: string | null },
): Promise<GraphQLResponse<unknown>> {
  const response = await fetch(`${url}${route}`, {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
  if (response.ok) return {};
  return (await response.json()) as GraphQLResponse<unknown>;
}

/** How a request ended: `ok`, or the code of its first error. */
export function outcomeOf(response: GraphQLResponse<unknown>): string {
  const [error] = response.errors ?? [];
  if (!error) return 'ok';
  const code = error.extensions?.['code'];
  return typeof code === 'string' ? code : 'no code';
}
