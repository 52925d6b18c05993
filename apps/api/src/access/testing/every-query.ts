import {
  getNamedType,
  isLeafType,
  isNonNullType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';

export interface QueryCall {
  readonly name: string;
  readonly query: string;
}

/** Values for the required input types, written as GraphQL literals. */
const INPUT_VALUES: Readonly<Record<string, string>> = {
  'AsOfInput!': '{ revision: "0" }',
  'AggregateInput!': '{ kind: AGREEMENT, id: "x" }',
  'Int!': '2024',
  'ReportFormat!': 'MARKDOWN',
};

/** Values for the arguments whose type alone does not say what they accept. */
const NAMED_VALUES: Readonly<Record<string, string>> = {
  asKnownAt: '"2100-01-01"',
};

/** A value each required argument accepts, so a call reaches its resolver. */
function argumentValue(field: GraphQLField<unknown, unknown>, name: string, type: string): string {
  const input = NAMED_VALUES[name] ?? INPUT_VALUES[type];
  if (input) return input;
  if (type !== 'String!') {
    throw new Error(`${field.name}(${name}: ${type}): give this argument type a value here`);
  }
  return JSON.stringify(name === 'kind' ? 'indicator' : 'x');
}

/**
 * One call of every root query in the schema, with its required arguments only: a query added
 * later is swept with the others, so none can forget to check who is asking.
 */
export function everyQuery(schema: GraphQLSchema): QueryCall[] {
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
  return fields.map((field) => {
    const required = field.args
      .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
      .map((arg) => `${arg.name}: ${argumentValue(field, arg.name, String(arg.type))}`);
    const args = required.length === 0 ? '' : `(${required.join(', ')})`;
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    return { name: field.name, query: `{ ${field.name}${args}${selection} }` };
  });
}
