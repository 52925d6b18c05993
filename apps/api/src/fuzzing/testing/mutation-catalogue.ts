import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isLeafType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { SCHEMA_FILE } from '../../app.module';

/** The name of the operation in every document the catalogue writes. */
export const OPERATION_NAME = 'Fuzz';

/** One mutation of the schema, with what it takes and how to send it. */
export interface CatalogedMutation {
  readonly name: string;
  readonly args: readonly GraphQLArgument[];
  /** `mutation Fuzz($input: XInput!) { x(input: $input) { __typename } }`, for any arguments. */
  readonly document: string;
}

/**
 * The committed schema (CI keeps it equal to the served one), read when the tests are collected,
 * before any server starts, so that each mutation can name a test of its own.
 */
export function committedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
}

/** Every mutation of the schema: a new one is catalogued, and so fuzzed, without a line here. */
export function mutationsOf(schema: GraphQLSchema): CatalogedMutation[] {
  const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
  return fields.map((field) => ({
    name: field.name,
    args: field.args,
    document: documentOf(field),
  }));
}

function documentOf(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const signature = variables ? `(${variables})` : '';
  const call = passed ? `(${passed})` : '';
  return `mutation ${OPERATION_NAME}${signature} { ${field.name}${call}${selection} }`;
}
