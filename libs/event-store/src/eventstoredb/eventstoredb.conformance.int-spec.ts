import { randomBytes } from 'node:crypto';
import { BACKWARDS, END, EventStoreDBClient } from '@eventstore/db-client';
import type { EventStore } from '../port/event-store.port';
import {
  describeEventStoreConformance,
  type ConformanceSubject,
} from '../testing/conformance-suite';
import { toEsdbConnectionString } from './connection-string';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const url = process.env.EVENTSTORE_URL;

/**
 * ESDB cannot drop a database, so each test gets a stream prefix of its own, which keeps its
 * streams (and its view of $all) apart from earlier tests' on the same server. Global reads start
 * where $all ended when the test began, rather than scanning every earlier test's events. There
 * are no transactions to hold and no way to change a stored event, so those cases do not apply.
 */
async function openSubject(connectionString: string): Promise<ConformanceSubject> {
  const client = EventStoreDBClient.connectionString(toEsdbConnectionString(connectionString));
  const start = await endOfAll(client);
  const store = new EventStoreDbEventStore(client, {
    streamPrefix: `conformance-${randomBytes(6).toString('hex')}-`,
  });
  const scoped: EventStore = {
    appendToStream: (streamId, events, expected) =>
      store.appendToStream(streamId, events, expected),
    readStream: (streamId, options) => store.readStream(streamId, options),
    readAll: (options = {}) => store.readAll({ ...options, after: options.after ?? start }),
    subscribeToAll: (options = {}) =>
      store.subscribeToAll({ ...options, after: options.after ?? start }),
    headPosition: () => store.headPosition(),
    ping: () => store.ping(),
    close: () => store.close(),
  };
  return { store: scoped, eventIdsUniquePerStreamOnly: true, dispose: () => store.close() };
}

async function endOfAll(client: EventStoreDBClient): Promise<bigint | undefined> {
  let end: bigint | undefined;
  for await (const resolved of client.readAll({
    direction: BACKWARDS,
    fromPosition: END,
    maxCount: 1,
  })) {
    end = resolved.event?.position.commit;
  }
  return end;
}

if (url) {
  describeEventStoreConformance('EventStoreDB', () => openSubject(url));
} else {
  describe('EventStoreDB event store conformance', () => {
    console.info(
      'EventStoreDB conformance suite skipped: set EVENTSTORE_URL=esdb://host:2113?tls=false to run it',
    );
    it.skip('is skipped: EVENTSTORE_URL is not set', () => undefined);
  });
}
