import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { EVENT_STORE } from '@concordat/application';
import type { EventStore } from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { testToken } from '../testing/test-tokens';

interface Change {
  eventType: string;
  streamId: string;
  partnershipId: string | null;
}

describe.each(apiBackends)('subscriptions over graphql-ws on %s', (_name, start) => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await start();
  });

  afterAll(async () => {
    await api.stop();
  });

  it("delivers a partnership's commitment changes, and only those", async () => {
    const token = await testToken('user:subscriber', [{ role: 'auditor' }]);
    const client = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    const received: Change[] = [];
    const ofC1 = () => received.filter((change) => change.streamId === 'commitment-c-1');
    let failed: unknown = null;
    client.subscribe<{ commitmentsChanged: Change }>(
      {
        query:
          'subscription { commitmentsChanged(partnershipId: "orkney") { eventType streamId partnershipId } }',
      },
      {
        next: ({ data }) => {
          if (data) received.push(data.commitmentsChanged);
        },
        error: (error) => (failed = error),
        complete: () => undefined,
      },
    );
    const store = api.app.get<EventStore>(EVENT_STORE);
    const about = (partnershipId: string) =>
      anEvent()
        .ofType('CommitmentProgressReported')
        .withData({ partnershipId, commitmentId: 'c-1' });
    const until = async (done: () => boolean, each: () => Promise<unknown> = async () => 0) => {
      while (!done() && failed === null) {
        await each();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(failed).toBeNull();
    };

    // Nothing says when the server has registered the subscription: announce on a stream of
    // its own until an announcement arrives, and only then make the changes under test.
    await until(
      () => received.length > 0,
      () => store.appendToStream('commitment-c-0', [about('orkney').build()]),
    );
    await store.appendToStream('commitment-c-1', [about('orkney').build()]);
    await store.appendToStream('commitment-c-2', [about('shetland').build()]);
    await store.appendToStream('commitment-c-1', [about('orkney').build()]);
    await until(() => ofC1().length === 2);
    await client.dispose();

    const change = {
      eventType: 'CommitmentProgressReported',
      streamId: 'commitment-c-1',
      partnershipId: 'orkney',
    };
    expect(ofC1()).toEqual([change, change]);
    expect(received.every((delivered) => delivered.partnershipId === 'orkney')).toBe(true);
  });
});
