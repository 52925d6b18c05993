import {
  COMMAND_POLICY,
  mutationNameOf,
  OPERATION_POLICY,
  ROLES,
  type CommandType,
  type Operation,
  type Grant,
  type Permission,
  type Role,
} from '@concordat/access-control';
import {
  CONDITIONS,
  MUTATION_INPUTS,
  QUERY_VARIABLES,
  ROLE_GRANTS,
  type Input,
  type Variables,
} from './role-matrix.fixtures';
import { SCHEMA_QUERIES } from './role-matrix.operations';
import { WORLD } from './role-matrix.world';

/** What a case must get: through authorization (to success or a broken rule), or refused. */
export type Expected = 'let through' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** Who sends a case: the one grant its token holds, or no token at all. */
export interface Caller {
  readonly name: string;
  readonly actor: string;
  readonly grant: Grant | null;
}

export interface MatrixCase {
  readonly title: string;
  readonly operation: string;
  readonly caller: Caller;
  readonly variables: Variables;
  readonly expected: Expected;
}

/** The queries the public reads: agreed agreements, and what the server is. */
export const PUBLIC_QUERIES: ReadonlySet<string> = new Set([
  'agreement',
  'agreements',
  'indicator',
  'serverInfo',
  'checkpointPublicKey',
]);

export const COMMAND_TYPES = Object.keys(COMMAND_POLICY) as CommandType[];

const ANONYMOUS: Caller = { name: 'anonymous', actor: 'anonymous', grant: null };

function callerWith(name: string, grant: Grant): Caller {
  const actor = `user:${grant.role}${grant.partnerId ? `.${grant.partnerId}` : ''}`;
  return { name, actor, grant };
}

const ROLE_CALLERS = ROLES.map((role: Role) => callerWith(role, ROLE_GRANTS[role]));
const EVERY_CALLER = [...ROLE_CALLERS, ANONYMOUS];

function mutationCase(
  type: CommandType,
  caller: Caller,
  input: Input,
  expected: Expected,
): MatrixCase {
  const operation = mutationNameOf(type);
  const title = `${operation} by ${caller.name}: ${expected}`;
  return { title, operation, caller, variables: { input }, expected };
}

/** A role the policy lists, meeting its condition if it has one. */
function permittedCase(type: CommandType, caller: Caller, permission: Permission): MatrixCase {
  const input = MUTATION_INPUTS[type];
  const sent = permission.when ? CONDITIONS[permission.when].meet(input) : input;
  return mutationCase(type, caller, sent, 'let through');
}

/** The same role breaking the permission's condition. */
function breachCase(type: CommandType, { role, when }: Permission): MatrixCase[] {
  if (!when) return [];
  const breach = CONDITIONS[when].breach;
  const caller = callerWith(
    `${role} that does not meet "${when}"`,
    breach.grant ?? ROLE_GRANTS[role],
  );
  return [mutationCase(type, caller, breach.input(MUTATION_INPUTS[type]), 'FORBIDDEN')];
}

/**
 * Every command's mutation, for every role (allowed exactly when COMMAND_POLICY lists it), for
 * a caller without a token, and for each conditioned permission with its condition unmet.
 */
export const MUTATION_CASES: readonly MatrixCase[] = COMMAND_TYPES.flatMap((type) => {
  const permissions = COMMAND_POLICY[type];
  const byRole = ROLE_CALLERS.map((caller) => {
    const permission = permissions.find(({ role }) => role === caller.grant?.role);
    return permission
      ? permittedCase(type, caller, permission)
      : mutationCase(type, caller, MUTATION_INPUTS[type], 'FORBIDDEN');
  });
  const anonymous = mutationCase(type, ANONYMOUS, MUTATION_INPUTS[type], 'UNAUTHENTICATED');
  return [
    ...byRole,
    anonymous,
    ...permissions.flatMap((permission) => breachCase(type, permission)),
  ];
});

export const OPERATIONS = Object.keys(OPERATION_POLICY) as Operation[];

/** The operations served as plain HTTP routes rather than mutations, and what a case asks for. */
export const HTTP_ROUTES: Readonly<Partial<Record<Operation, string>>> = {
  downloadEvidence: `/evidence/${WORLD.partnershipId}.tar.gz`,
};

/** The operations that are GraphQL mutations: every one the policy lists but the routes above. */
export const MUTATION_OPERATIONS = OPERATIONS.filter((operation) => !HTTP_ROUTES[operation]);

/**
 * Every operation that is no domain command (a mutation or an HTTP route), for every role and a
 * caller without a token.
 */
export const OPERATION_CASES: readonly MatrixCase[] = OPERATIONS.flatMap((operation) => {
  const allowed: readonly Role[] = OPERATION_POLICY[operation];
  return EVERY_CALLER.map((caller) => {
    const expected: Expected =
      caller.grant === null
        ? 'UNAUTHENTICATED'
        : allowed.includes(caller.grant.role)
          ? 'let through'
          : 'FORBIDDEN';
    return {
      title: `${operation} by ${caller.name}: ${expected}`,
      operation,
      caller,
      variables: {},
      expected,
    };
  });
});

/**
 * Members, the auditor and the platform roles read every query; the public, with the public
 * role's token or none, reads only the public ones.
 */
function expectedRead(query: string, caller: Caller): Expected {
  const publicReader = caller.grant === null || caller.grant.role === 'public';
  if (!publicReader || PUBLIC_QUERIES.has(query)) return 'let through';
  return caller.grant === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

/** Every query of the schema, for every role and a caller without a token. */
export const QUERY_CASES: readonly MatrixCase[] = [...SCHEMA_QUERIES.keys()].flatMap((query) =>
  EVERY_CALLER.map((caller) => {
    const expected = expectedRead(query, caller);
    return {
      title: `${query} by ${caller.name}: ${expected}`,
      operation: query,
      caller,
      variables: QUERY_VARIABLES[query] ?? {},
      expected,
    };
  }),
);

/** Every caller the cases use, once each. */
export function callersOf(cases: readonly MatrixCase[]): Caller[] {
  return [...new Map(cases.map(({ caller }) => [caller.name, caller])).values()];
}
