import { Extensions } from '@nestjs/graphql';
import {
  BREAK,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

const VOLATILE = 'volatileAnswer';

/**
 * Marks a query field whose answer can change while every read model stays where it is (signed
 * checkpoints, proofs against them, the projections' own progress, the server's state): a query
 * that asks for one is never answered from the answer cache.
 */
export const VolatileAnswer = (): MethodDecorator & PropertyDecorator & ClassDecorator =>
  Extensions({ [VOLATILE]: true });

/** Documents already looked at; Apollo hands back the same parsed document for the same text. */
const looked = new WeakMap<DocumentNode, boolean>();

/** Whether any field the document selects, in any operation or fragment, is marked volatile. */
export function asksForVolatile(schema: GraphQLSchema, document: DocumentNode): boolean {
  const known = looked.get(document);
  if (known !== undefined) return known;
  const types = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(types, {
      Field() {
        if (types.getFieldDef()?.extensions[VOLATILE] !== true) return undefined;
        found = true;
        return BREAK;
      },
    }),
  );
  looked.set(document, found);
  return found;
}
