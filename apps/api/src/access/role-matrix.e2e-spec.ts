import { mutationNameOf } from '@concordat/access-control';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { signingKeyFiles, type SigningKeyFiles } from '../testing/signing-key-files';
import { testToken } from '../testing/test-tokens';
import {
  callersOf,
  COMMAND_TYPES,
  HTTP_ROUTES,
  MUTATION_CASES,
  MUTATION_OPERATIONS,
  OPERATION_CASES,
  QUERY_CASES,
  type Expected,
  type MatrixCase,
} from './testing/role-matrix.cases';
import { QUERY_VARIABLES } from './testing/role-matrix.fixtures';
import {
  getRoute,
  outcomeOf,
  SCHEMA_MUTATIONS,
  SCHEMA_QUERIES,
  send,
} from './testing/role-matrix.operations';
import { buildRoleMatrixWorld } from './testing/role-matrix.world';

const [, startOnPostgres] = apiBackends[0]!;

/** What a case sends: a GraphQL mutation or query, or a GET of an operation's HTTP route. */
type Kind = 'mutation' | 'query' | 'route';
const HTTP_CASES = OPERATION_CASES.filter(({ operation }) => operation in HTTP_ROUTES);

function routeOf(operation: string): string {
  const route = HTTP_ROUTES[operation as keyof typeof HTTP_ROUTES];
  if (!route) throw new Error(`${operation} has no HTTP route`);
  return route;
}
const OPERATION_MUTATION_CASES = OPERATION_CASES.filter(
  (matrixCase) => !HTTP_CASES.includes(matrixCase),
);
const SIZE =
  `${MUTATION_CASES.length + OPERATION_MUTATION_CASES.length} mutation cases, ` +
  `${QUERY_CASES.length} query cases, ${HTTP_CASES.length} HTTP route cases`;

/**
 * What each expectation accepts, as a pattern over `<outcome> <message>`. Let through: a
 * mutation applied or refused by a rule of the domain (never by authorization, nor by input
 * checks, which would mean the fixture is wrong); a query answered without any error.
 */
const ACCEPTED: Readonly<Record<Kind, Record<Expected, RegExp>>> = {
  mutation: {
    'let through': /^(ok|RULE_VIOLATED)\b/,
    FORBIDDEN: /^FORBIDDEN\b/,
    UNAUTHENTICATED: /^UNAUTHENTICATED\b/,
  },
  query: {
    'let through': /^ok\b/,
    FORBIDDEN: /^FORBIDDEN\b/,
    UNAUTHENTICATED: /^UNAUTHENTICATED\b/,
  },
  // Let through: the download, or a rule refusing it (no checkpoint signed yet).
  route: {
    'let through': /^(ok|RULE_VIOLATED)\b/,
    FORBIDDEN: /^FORBIDDEN\b/,
    UNAUTHENTICATED: /^UNAUTHENTICATED\b/,
  },
};

describe('what the role matrix covers', () => {
  it('has a mutation for every command and operation of the policy, and one of them for every mutation', () => {
    const fromPolicy = [...COMMAND_TYPES.map(mutationNameOf), ...MUTATION_OPERATIONS].sort();
    expect([...SCHEMA_MUTATIONS.keys()].sort()).toEqual(fromPolicy);
  });

  it('has variables for every query of the schema, and for no other', () => {
    expect(Object.keys(QUERY_VARIABLES).sort()).toEqual([...SCHEMA_QUERIES.keys()].sort());
  });
});

describe(`the role matrix over HTTP on PostgreSQL (${SIZE})`, () => {
  let api: RunningApi;
  let keys: SigningKeyFiles;
  const tokens = new Map<string, string | null>();
  /** How the cases ended, e.g. `mutation ok`, `mutation FORBIDDEN`: printed at the end. */
  const outcomes = new Map<string, number>();

  beforeAll(async () => {
    keys = await signingKeyFiles();
    api = await startOnPostgres(keys.env);
    await buildRoleMatrixWorld(api.url);
    for (const { name, actor, grant } of callersOf([
      ...MUTATION_CASES,
      ...OPERATION_CASES,
      ...QUERY_CASES,
    ])) {
      tokens.set(name, grant ? await testToken(actor, [grant]) : null);
    }
  }, 120_000);

  afterAll(async () => {
    const counts = [...outcomes].map(([outcome, count]) => `${count} ${outcome}`).join(', ');
    console.info(`role matrix: ${SIZE} (${counts})`);
    await api?.stop();
    await keys?.remove();
  });

  async function check(kind: Kind, matrixCase: MatrixCase): Promise<void> {
    const { caller, expected } = matrixCase;
    const { variables } = matrixCase;
    const given = typeof variables === 'function' ? variables() : variables;
    const token = tokens.get(caller.name) ?? null;
    const response =
      kind === 'route'
        ? await getRoute(api.url, routeOf(matrixCase.operation), { token })
        : await send(api.url, kind, matrixCase.operation, given, { token });
    const outcome = outcomeOf(response);
    outcomes.set(`${kind} ${outcome}`, (outcomes.get(`${kind} ${outcome}`) ?? 0) + 1);
    expect(`${outcome} ${response.errors?.[0]?.message ?? ''}`).toMatch(ACCEPTED[kind][expected]);
  }

  describe('mutations', () => {
    it.each([...MUTATION_CASES, ...OPERATION_MUTATION_CASES])('$title', (matrixCase) =>
      check('mutation', matrixCase),
    );
  });

  describe('HTTP routes', () => {
    it.each(HTTP_CASES)('$title', (matrixCase) => check('route', matrixCase));
  });

  describe('queries', () => {
    it.each(QUERY_CASES)('$title', (matrixCase) => check('query', matrixCase));
  });
});
