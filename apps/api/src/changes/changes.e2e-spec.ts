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
    const delivered = new Promise<void>((resolve, reject) => {
      client.subscribe<{ commitmentsChanged: Change }>(
        {
          query:
            'subscription { commitmentsChanged(partnershipId: "orkney") { eventType streamId partnershipId } }',
        },
        {
          next: ({ data }) => {
            if (data) received.push(data.commitmentsChanged);
            if (received.length === 2) resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const store = api.app.get<EventStore>(EVENT_STORE);
    const about = (partnershipId: string) =>
      anEvent()
        .ofType('CommitmentProgressReported')
        .withData({ partnershipId, commitmentId: 'c-1' });

    await store.appendToStream('commitment-c-1', [about('orkney').build()]);
    await store.appendToStream('commitment-c-2', [about('shetland').build()]);
    await store.appendToStream('commitment-c-1', [about('orkney').build()]);
    await delivered;
    await client.dispose();

    expect(received).toEqual([
      {
        eventType: 'CommitmentProgressReported',
        streamId: 'commitment-c-1',
        partnershipId: 'orkney',
      },
      {
        eventType: 'CommitmentProgressReported',
        streamId: 'commitment-c-1',
        partnershipId: 'orkney',
      },
    ]);
  });
});
