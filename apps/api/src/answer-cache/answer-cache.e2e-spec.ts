import { GraphQLSchemaHost } from '@nestjs/graphql';
import { parse } from 'graphql';
import { EVENT_STORE } from '@concordat/application';
import type { EventStore } from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import { QueryCounter } from '@concordat/read-models';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import {
  establishWithNhsOrkney,
  partnershipMutations,
  type PartnershipMutation,
} from '../testing/partnership-mutations';
import { readSideQuiet } from '../testing/read-side-quiet';
import { EVERY_WRITING_ROLE, TEST_OPERATOR, testToken } from '../testing/test-tokens';
import { graphql, untilProjectionsCaughtUp } from '../testing/graphql-client';
import { asksForVolatile } from './volatile-answer';

const PARTNERS = `query($id: String!) {
  partnership(id: $id) { name partners { id organisation } }
}`;

interface Partners {
  partnership: { name: string; partners: { id: string; organisation: string }[] };
}

describe.each(apiBackends)('answers kept until the read models move, on %s', (_name, start) => {
  let api: RunningApi;
  let send: PartnershipMutation;
  const id = 'cache-cpp';

  /** The answer to PARTNERS and how many statements the read side sent for it. */
  const partners = async (token?: string | null) => {
    const counter = api.app.get(QueryCounter);
    await readSideQuiet(counter);
    const before = counter.count;
    const answer = await graphql<Partners>(api.url, PARTNERS, { id }, { token });
    return { answer, statements: counter.count - before };
  };

  const rawPartners = async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await testToken(TEST_OPERATOR, EVERY_WRITING_ROLE)}`,
      },
      body: JSON.stringify({ query: PARTNERS, variables: { id } }),
    });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    return response.text();
  };

  beforeAll(async () => {
    api = await start();
    send = partnershipMutations(api.url, id);
    await establishWithNhsOrkney(send, 'Cache Partnership');
  });

  afterAll(async () => {
    await api.stop();
  });

  it('answers a repeated query without the database, and sees a change once its mutation answers', async () => {
    const first = await partners();
    expect(first.answer.errors).toBeUndefined();
    expect(first.statements).toBeGreaterThan(0);
    const again = await partners();
    expect(again).toEqual({ answer: first.answer, statements: 0 });
    // Byte for byte what the server writes afresh: Apollo's JSON and its newline.
    expect(await rawPartners()).toBe(`${JSON.stringify(first.answer)}\n`);

    await send('admitPartner', 'AdmitPartnerInput', {
      partnerId: 'police',
      organisation: 'Police Scotland',
      sector: 'police',
    });

    const after = await partners();
    expect(after.statements).toBeGreaterThan(0);
    expect(after.answer.data?.partnership.partners.map((partner) => partner.id).sort()).toEqual([
      'nhs',
      'police',
    ]);
  });

  it('answers afresh once the read models apply an event appended elsewhere', async () => {
    const cached = await partners();
    expect((await partners()).statements).toBe(0);

    // As another API process would: straight to the log, no mutation through this one.
    await api.app.get<EventStore>(EVENT_STORE).appendToStream(`partnership-${id}`, [
      anEvent()
        .ofType('PartnerAdmitted')
        .withData({
          partnershipId: id,
          partnerId: 'fire',
          organisation: 'SFRS',
          sector: 'fire_and_rescue',
        })
        .build(),
    ]);
    await untilProjectionsCaughtUp(api.url);

    const after = await partners();
    expect(after.statements).toBeGreaterThan(0);
    expect(after.answer.data?.partnership.partners).toHaveLength(
      (cached.answer.data?.partnership.partners.length ?? 0) + 1,
    );
  });

  it("never gives one caller another's answer", async () => {
    const operator = await partners();
    expect(operator.answer.data?.partnership.name).toBe('Cache Partnership');

    const anonymous = await partners(null);
    expect(anonymous.answer.data?.partnership ?? null).toBeNull();
    expect(anonymous.answer.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses, as without it, an operation name the document does not hold', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PARTNERS, variables: { id }, operationName: 'Elsewhere' }),
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(answer.errors[0]?.extensions.code).toBe('VALIDATION_FAILED');
  });

  it('answers afresh a query naming a field the read models do not settle, however deep', () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const volatile = (query: string) => asksForVolatile(schema, parse(query));

    expect(volatile('{ projections { name position } }')).toBe(true);
    expect(volatile('{ serverInfo { version } }')).toBe(true);
    expect(volatile('{ checkpoints(first: 1) { edges { node { treeSize } } } }')).toBe(true);
    expect(
      volatile('query { ...Sealed } fragment Sealed on Query { checkpointPublicKey { keyId } }'),
    ).toBe(true);
    expect(volatile(PARTNERS)).toBe(false);
  });
});
