import fc from 'fast-check';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLNullableType,
} from 'graphql';
import { OPERATION_NAME, type CatalogedMutation } from './mutation-catalogue';
import { longList } from './oversized';
import {
  hostileFloat,
  hostileInt,
  hostileText,
  plausibleFloat,
  plausibleInt,
  plausibleText,
  wronglyTyped,
  type KnownIds,
  type Slot,
} from './scalar-values';

/** An argument or an input object's field. */
interface TypedSlot extends Slot {
  readonly type: GraphQLInputType;
}

/**
 * `plausible` builds what a careful client would send; `fuzz` mixes in hostile values of the
 * right type, values of the wrong type, missing and extra fields, and oversized lists.
 */
type Mode = 'plausible' | 'fuzz';

/** From this depth on nullable fields are null, so that even a self-nesting input type ends. */
const MAX_DEPTH = 5;
/** One well-typed value in this many is hostile: most fields stay plausible, so rules are reached. */
const HOSTILE_ONE_IN = 5;
/** One object in this many, in fuzz mode, is malformed (missing, extra or wrongly typed field). */
const MALFORMED_ONE_IN = 8;

/** Besides the query: what one request to a mutation carries, all of it fuzzed. */
export interface FuzzedEnvelope {
  readonly variables: unknown;
  readonly operationName?: unknown;
}

/**
 * The variables of one request to `mutation`, derived from its arguments' input types: one request
 * in four is entirely plausible, so the rules behind the input checks get their share. Now and
 * then the envelope itself is wrong: variables that are no object, an operation name that is not
 * the query's.
 */
export function envelopeFor(
  mutation: CatalogedMutation,
  ids: KnownIds,
): fc.Arbitrary<FuzzedEnvelope> {
  const variables = fc.oneof(
    { arbitrary: objectOf(mutation.args, ids, 'plausible', 0), weight: 5 },
    { arbitrary: objectOf(mutation.args, ids, 'fuzz', 0), weight: 14 },
    { arbitrary: wronglyTyped, weight: 1 },
  );
  const operationName = fc.oneof(
    { arbitrary: fc.constant(OPERATION_NAME), weight: 8 },
    fc.constantFrom('Elsewhere', 42, null),
  );
  return fc.record({ variables, operationName }, { requiredKeys: ['variables'] });
}

function objectOf(
  slots: readonly TypedSlot[],
  ids: KnownIds,
  mode: Mode,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(
    slots.map((slot) => [slot.name, slotValue(slot, ids, mode, depth)]),
  );
  const required = slots.filter((slot) => isNonNullType(slot.type)).map((slot) => slot.name);
  const wellTyped = fc.record(model, { requiredKeys: required, noNullPrototype: true });
  if (mode === 'plausible' || slots.length === 0) return wellTyped;
  const names = slots.map((slot) => slot.name);
  const malformed = [
    ...(required.length > 0 ? [withoutOneOf(wellTyped, required)] : []),
    withExtraField(wellTyped),
    fc
      .tuple(wellTyped, fc.constantFrom(...names), wronglyTyped)
      .map(([value, name, wrong]) => ({ ...value, [name]: wrong })),
  ];
  return fc.oneof(
    { arbitrary: wellTyped, weight: (MALFORMED_ONE_IN - 1) * malformed.length },
    ...malformed.map((arbitrary) => ({ arbitrary, weight: 1 })),
  );
}

function withoutOneOf(
  object: fc.Arbitrary<Record<string, unknown>>,
  required: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(object, fc.constantFrom(...required)).map(([value, name]) => {
    const { [name]: _dropped, ...rest } = value;
    return rest;
  });
}

/** A field the type does not have; a computed `__proto__` key is an own property, not a setter. */
function withExtraField(
  object: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(object, fc.constantFrom('extra', '__proto__', 'constructor', 'isAdmin'), wronglyTyped)
    .map(([value, name, extra]) => ({ ...value, [name]: extra }));
}

/**
 * A nullable field is null or left out more often in plausible mode: most clients omit the
 * optional ones, and an expectedRevision sent blind nearly always conflicts.
 */
function slotValue(
  slot: TypedSlot,
  ids: KnownIds,
  mode: Mode,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isNonNullType(slot.type)) return valueOf(slot.type.ofType, slot, ids, mode, depth);
  if (depth >= MAX_DEPTH) return fc.constant(null);
  const value = valueOf(slot.type, slot, ids, mode, depth);
  const nullWeight = mode === 'plausible' ? 3 : 1;
  return fc.oneof(
    { arbitrary: fc.constant(null), weight: nullWeight },
    { arbitrary: value, weight: 2 },
  );
}

function valueOf(
  type: GraphQLNullableType & GraphQLInputType,
  slot: Slot,
  ids: KnownIds,
  mode: Mode,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = (itemMode: Mode) =>
      slotValue({ ...slot, type: type.ofType }, ids, itemMode, depth + 1);
    const few = fc.array(item(mode), { maxLength: 3 });
    if (mode === 'plausible') return few;
    return fc.oneof(
      { arbitrary: few, weight: 8 },
      { arbitrary: fc.constant([]), weight: 1 },
      { arbitrary: item('plausible').map((one) => longList(one, 10_000)), weight: 1 },
    );
  }
  if (isInputObjectType(type)) {
    return objectOf(Object.values(type.getFields()), ids, mode, depth + 1);
  }
  if (isEnumType(type)) {
    const values = fc.constantFrom(...type.getValues().map((value) => value.name));
    return mode === 'plausible' ? values : fc.oneof(values, hostileText(slot));
  }
  const [plausible, hostile] = scalarValues(type.name, slot, ids);
  if (mode === 'plausible') return plausible;
  return fc.oneof(
    { arbitrary: plausible, weight: HOSTILE_ONE_IN - 1 },
    { arbitrary: hostile, weight: 1 },
  );
}

/** [plausible, hostile] values of a scalar; an unknown custom scalar gets text of both kinds. */
function scalarValues(
  scalar: string,
  slot: Slot,
  ids: KnownIds,
): [fc.Arbitrary<unknown>, fc.Arbitrary<unknown>] {
  switch (scalar) {
    case 'Int':
      return [plausibleInt, hostileInt];
    case 'Float':
      return [plausibleFloat, hostileFloat];
    case 'Boolean':
      return [fc.boolean(), fc.constantFrom('true', 0, 1)];
    default:
      return [plausibleText(slot, ids), hostileText(slot)];
  }
}
