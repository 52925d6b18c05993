import fc from 'fast-check';
import { EVENT_STORE } from '@concordat/application';
import type { EventStore } from '@concordat/event-store';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql } from '../testing/graphql-client';
import { EVERY_WRITING_ROLE, TEST_OPERATOR, testToken } from '../testing/test-tokens';
import { buildFuzzingWorld, FUZZING_WORLD_IDS } from './testing/fuzzing-world';
import { postOperation } from './testing/fuzz-request';
import { envelopeFor } from './testing/input-arbitraries';
import { committedSchema, mutationsOf } from './testing/mutation-catalogue';
import { expectReadModelsToKeepUp } from './testing/read-models-keep-up';
import { outcomeOf, problemsWith } from './testing/response-checks';

const RUNS_PER_MUTATION = 25;
const ANSWER_WITHIN_MS = 10_000;
/** Bounds one mutation's runs plus the shrinking of a failure, inside the test's own timeout. */
const FUZZ_BUDGET_MS = 45_000;
const READ_MODELS_WITHIN_MS = 10_000;

const MUTATIONS = mutationsOf(committedSchema());
const [, startOnPostgres] = apiBackends[0]!;

describe('every mutation, fuzzed over HTTP on PostgreSQL', () => {
  let api: RunningApi;
  let store: EventStore;
  /** The shared test client's caller: every writing role, so requests reach the rules. */
  let token: string;
  /** How the cases ended, e.g. `200 applied`, `200 RULE_VIOLATED`, `413`: printed at the end. */
  const outcomes = new Map<string, number>();

  beforeAll(async () => {
    // Far more requests than a person sends: a rate limit must not turn them into 429s.
    api = await startOnPostgres({ CONCORDAT_RATE_LIMIT_REQUESTS: '1000000' });
    store = api.app.get<EventStore>(EVENT_STORE);
    token = await testToken(TEST_OPERATOR, EVERY_WRITING_ROLE);
    await buildFuzzingWorld(api.url, MUTATIONS);
  }, 60_000);

  afterAll(async () => {
    const cases = [...outcomes.values()].reduce((sum, count) => sum + count, 0);
    const counts = [...outcomes].map(([outcome, count]) => `${count} ${outcome}`).join(', ');
    console.info(`fuzzed ${MUTATIONS.length} mutations with ${cases} requests: ${counts}`);
    await api?.stop();
  });

  it('fuzzes exactly the mutations the server offers', async () => {
    const served = await graphql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      api.url,
      '{ __schema { mutationType { fields { name } } } }',
    );
    const names = served.data?.__schema.mutationType.fields.map((field) => field.name);
    expect(names?.sort()).toEqual(MUTATIONS.map((mutation) => mutation.name).sort());
  });

  it.each(MUTATIONS.map((mutation) => [mutation.name, mutation] as const))(
    '%s: hostile input gets no server error, hang, write with an error, or stalled read model',
    async (_name, mutation) => {
      await fc.assert(
        fc.asyncProperty(envelopeFor(mutation, FUZZING_WORLD_IDS), async (envelope) => {
          const before = await store.headPosition();
          const body = { query: mutation.document, ...envelope };
          const response = await postOperation(api.url, body, {
            token,
            timeoutMs: ANSWER_WITHIN_MS,
          });
          const wroteEvents = (await store.headPosition()) !== before;
          const outcome = outcomeOf(response);
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          const problems = problemsWith(response, wroteEvents);
          if (problems.length > 0) throw new Error(problems.join('; '));
        }),
        { numRuns: RUNS_PER_MUTATION, plugins: [fc.interruptAfterTimeLimit(FUZZ_BUDGET_MS)] },
      );
      await expectReadModelsToKeepUp(api.url, READ_MODELS_WITHIN_MS);
    },
    FUZZ_BUDGET_MS + READ_MODELS_WITHIN_MS + 5_000,
  );
});
