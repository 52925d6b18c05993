import { mutationNameOf } from '@concordat/access-control';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { signingKeyFiles, type SigningKeyFiles } from '../testing/signing-key-files';
import { testToken } from '../testing/test-tokens';
import {
  callersOf,
  COMMAND_TYPES,
  MUTATION_CASES,
  OPERATION_CASES,
  OPERATIONS,
  QUERY_CASES,
  type Expected,
  type MatrixCase,
} from './testing/role-matrix.cases';
import { QUERY_VARIABLES } from './testing/role-matrix.fixtures';
import {
  outcomeOf,
  SCHEMA_MUTATIONS,
  SCHEMA_QUERIES,
  send,
} from './testing/role-matrix.operations';
import { buildRoleMatrixWorld } from './testing/role-matrix.world';

const [, startOnPostgres] = apiBackends[0]!;
const SIZE = `${MUTATION_CASES.length + OPERATION_CASES.length} mutation cases, ${QUERY_CASES.length} query cases`;

/**
 * What each expectation accepts, as a pattern over `<outcome> <message>`. Let through: a
 * mutation applied or refused by a rule of the domain (never by authorization, nor by input
 * checks, which would mean the fixture is wrong); a query answered without any error.
 */
const ACCEPTED: Readonly<Record<'mutation' | 'query', Record<Expected, RegExp>>> = {
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
};

describe('what the role matrix covers', () => {
  it('has a mutation for every command and operation of the policy, and one of them for every mutation', () => {
    const fromPolicy = [...COMMAND_TYPES.map(mutationNameOf), ...OPERATIONS].sort();
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

  async function check(operation: 'mutation' | 'query', matrixCase: MatrixCase): Promise<void> {
    const { caller, expected } = matrixCase;
    const { variables } = matrixCase;
    const given = typeof variables === 'function' ? variables() : variables;
    const response = await send(api.url, operation, matrixCase.operation, given, {
      token: tokens.get(caller.name) ?? null,
    });
    const outcome = outcomeOf(response);
    outcomes.set(`${operation} ${outcome}`, (outcomes.get(`${operation} ${outcome}`) ?? 0) + 1);
    expect(`${outcome} ${response.errors?.[0]?.message ?? ''}`).toMatch(
      ACCEPTED[operation][expected],
    );
  }

  describe('mutations', () => {
    it.each([...MUTATION_CASES, ...OPERATION_CASES])('$title', (matrixCase) =>
      check('mutation', matrixCase),
    );
  });

  describe('queries', () => {
    it.each(QUERY_CASES)('$title', (matrixCase) => check('query', matrixCase));
  });
});
