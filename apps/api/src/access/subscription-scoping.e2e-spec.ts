import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { EVENT_STORE } from '@concordat/application';
import type { EventStore } from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { testToken } from '../testing/test-tokens';
import {
  commitmentProposal,
  mutationsOf,
  partnershipWithRecords,
  type PartnershipRecords,
} from './testing/partnership-with-records';

interface Change {
  readonly eventType: string;
  readonly streamId: string;
  readonly partnershipId: string | null;
}

interface Refusal {
  readonly message: string;
  readonly extensions?: { readonly code?: string };
}

const CHANGE = '{ eventType streamId partnershipId }';

/** What one subscription received: its changes, and the errors that ended it. */
class Subscriber {
  readonly changes: Change[] = [];
  readonly errors: Refusal[] = [];
  readonly ended: Promise<void>;

  constructor(client: Client, query: string) {
    this.ended = new Promise((resolve) => {
      client.subscribe<Record<string, Change>>(
        { query },
        {
          next: ({ data, errors }) => {
            if (errors) this.errors.push(...(errors as Refusal[]));
            for (const change of Object.values(data ?? {})) this.changes.push(change);
          },
          error: (error) => {
            this.errors.push(...(Array.isArray(error) ? (error as Refusal[]) : []));
            resolve();
          },
          complete: resolve,
        },
      );
    });
  }

  async until(condition: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

describe('subscriptions follow only what the subscriber may read', () => {
  const [, start] = apiBackends[0]!;
  let api: RunningApi;
  let a: PartnershipRecords;
  let b: PartnershipRecords;
  const clients: Client[] = [];

  /** A graphql-ws client sending `token` in its connection parameters (none: anonymous). */
  const connect = (token: string | null): Client => {
    const client = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
    clients.push(client);
    return client;
  };

  const memberOfA = () =>
    testToken('user:officer-a', [{ role: 'partnership-officer', partnershipId: a.partnershipId }]);

  beforeAll(async () => {
    api = await start();
    a = await partnershipWithRecords(api.url, 'alpha');
    b = await partnershipWithRecords(api.url, 'beta');
  });

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await api.stop();
  });

  it("refuses following another partnership's commitments or agreement, as if none existed", async () => {
    const client = connect(await memberOfA());
    const refused = [
      `subscription { commitmentsChanged(partnershipId: "${b.partnershipId}") ${CHANGE} }`,
      `subscription { decisionsChanged(partnershipId: "${b.partnershipId}") ${CHANGE} }`,
      `subscription { agreementChanged(agreementId: "${b.agreedAgreementId}") ${CHANGE} }`,
      `subscription { agreementChanged(agreementId: "no-such-agreement") ${CHANGE} }`,
    ].map((query) => new Subscriber(client, query));
    await Promise.all(refused.map((subscriber) => subscriber.ended));

    expect(refused.map((subscriber) => subscriber.errors)).toEqual([
      [expect.objectContaining({ message: `partnership ${b.partnershipId} was not found` })],
      [expect.objectContaining({ message: `partnership ${b.partnershipId} was not found` })],
      [expect.objectContaining({ message: `agreement ${b.agreedAgreementId} was not found` })],
      [expect.objectContaining({ message: 'agreement no-such-agreement was not found' })],
    ]);
    for (const subscriber of refused) {
      expect(subscriber.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('refuses the public and anonymous callers', async () => {
    const query = `subscription { commitmentsChanged(partnershipId: "${a.partnershipId}") ${CHANGE} }`;
    const anonymous = new Subscriber(connect(null), query);
    const publicToken = await testToken('user:citizen', [{ role: 'public' }]);
    const citizen = new Subscriber(connect(publicToken), query);
    await Promise.all([anonymous.ended, citizen.ended]);

    expect(anonymous.errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(citizen.errors.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it("delivers the subscriber's partnership's changes and never another's", async () => {
    const client = connect(await memberOfA());
    const commitments = new Subscriber(
      client,
      `subscription { commitmentsChanged(partnershipId: "${a.partnershipId}") ${CHANGE} }`,
    );
    const agreement = new Subscriber(
      client,
      `subscription { agreementChanged(agreementId: "${a.agreedAgreementId}") ${CHANGE} }`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    const ok = mutationsOf(api.url);
    const propose = (records: PartnershipRecords) =>
      ok('proposeCommitment', commitmentProposal(records, `${records.partnershipId}-ferries`));
    await propose(b);
    await propose(a);
    // A change that names another partnership on this agreement's topic (no command can write
    // one): the delivery filter, not the topic, keeps it from the subscriber.
    const store = api.app.get<EventStore>(EVENT_STORE);
    await store.appendToStream(`agreement-${a.agreedAgreementId}`, [
      anEvent()
        .ofType('ForeignNote')
        .withData({ agreementId: a.agreedAgreementId, partnershipId: b.partnershipId })
        .build(),
    ]);
    await store.appendToStream(`agreement-${a.agreedAgreementId}`, [
      anEvent()
        .ofType('OwnNote')
        .withData({ agreementId: a.agreedAgreementId, partnershipId: a.partnershipId })
        .build(),
    ]);
    await commitments.until(() => commitments.changes.length > 0, "A's commitment change");
    await agreement.until(() => agreement.changes.length > 0, "A's agreement change");

    expect(commitments.changes).toEqual([
      {
        eventType: 'CommitmentProposed',
        streamId: `commitment-${a.partnershipId}-ferries`,
        partnershipId: a.partnershipId,
      },
    ]);
    expect(agreement.changes).toEqual([
      {
        eventType: 'OwnNote',
        streamId: `agreement-${a.agreedAgreementId}`,
        partnershipId: a.partnershipId,
      },
    ]);
  });
});
