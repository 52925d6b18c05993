import { GraphQLError, GraphQLScalarType } from 'graphql';

function refuseAsInput(): never {
  throw new GraphQLError('JSON values are only ever answered; no argument takes one');
}

/**
 * Any JSON value, answered as itself rather than encoded in a string, so a client reads an
 * event's data with its own JSON parser. Output only: no argument of the schema takes one.
 */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description:
    'A JSON value (RFC 8259), answered as itself: an object, array, string, number, boolean or null.',
  serialize: (value) => value,
  parseValue: refuseAsInput,
  parseLiteral: refuseAsInput,
});
