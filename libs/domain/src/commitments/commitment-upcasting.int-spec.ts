import { canonicalJson, type JsonObject } from '@concordat/shared-kernel';
import { loadAggregate } from '@concordat/command-handling';
import {
  EVENT_STORE_MIGRATIONS,
  migrate,
  PgliteDatabase,
  sealEvent,
  SqlEventStore,
  verifyStreamChain,
  type StoredEvent,
} from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import { commitmentDecider, commitmentStreamId } from './commitment.decider';
import { commitmentUpcasters } from './commitment.upcasters';
import { commitmentId } from './testing/commitment-fixtures';

/** Exactly what version 1 wrote: one party, whole pounds, no currency. */
const v1Data = {
  commitmentId,
  partnershipId: 'p-glasgow',
  agreementId: 'soa-glasgow-2008',
  localOutcomeId: 'lo-fewer-workless-households',
  action: 'Open three employability hubs in the east end',
  resources: {
    partyId: 'council',
    amountPounds: 250_000,
    fundingStream: 'Fairer Scotland Fund',
    staffFte: 2.5,
  },
  dueDate: '2011-03-31',
  accountableOfficer: { name: 'Ann Smith', role: 'Head of Employability' },
} satisfies JsonObject;

describe('a commitment proposed under schema version 1, in a real store', () => {
  let database: PgliteDatabase;
  let store: SqlEventStore;
  const streamId = commitmentStreamId(commitmentId);
  const stored = async () => {
    const events: StoredEvent[] = [];
    for await (const event of store.readStream(streamId)) events.push(event);
    return events;
  };

  beforeAll(async () => {
    database = await PgliteDatabase.open();
    await migrate(database, EVENT_STORE_MIGRATIONS);
    store = new SqlEventStore(database);
  });

  afterAll(async () => {
    await store.close();
    await database.close();
  });

  it('loads in the version 2 shape, while the store keeps every byte of version 1', async () => {
    const v1 = anEvent()
      .ofType('CommitmentProposed')
      .withData(v1Data)
      .withMetadata({ occurredAt: '2008-06-01T10:00:00.000Z' })
      .build();
    await store.appendToStream(streamId, [v1], 'no_stream');
    const [before] = await stored();

    const loaded = await loadAggregate(store, commitmentDecider, streamId, commitmentUpcasters);

    expect(loaded.revision).toBe(0n);
    const pence = { minorUnits: 25_000_000, currency: 'GBP' };
    expect(loaded.state).toEqual({
      status: 'proposed',
      commitmentId,
      partnershipId: 'p-glasgow',
      agreementId: 'soa-glasgow-2008',
      localOutcomeId: 'lo-fewer-workless-households',
      terms: {
        action: 'Open three employability hubs in the east end',
        parties: [{ partnerId: 'council', money: pence, staffFte: 2.5, effortPercent: 100 }],
        leadPartnerId: 'council',
        resources: {
          money: pence,
          fundingStream: 'Fairer Scotland Fund',
          staffFte: 2.5,
          inKind: null,
        },
        dueDate: '2011-03-31',
        accountableOfficer: { name: 'Ann Smith', role: 'Head of Employability' },
      },
      acceptedBy: null,
      flags: new Map(),
    });

    const after = await stored();
    expect(after).toHaveLength(1);
    const [event] = after;
    expect(event?.schemaVersion).toBe(1);
    expect(canonicalJson(event?.data)).toBe(canonicalJson(v1Data));
    expect(event?.canonical).toBe(before?.canonical);
    expect(event?.hash).toBe(before?.hash);
    expect(event?.canonical).toBe(
      sealEvent({
        event: v1,
        streamId,
        streamRevision: 0n,
        recordedAt: event!.recordedAt,
        previousHash: event!.previousHash,
      }).canonical,
    );
    expect([...verifyStreamChain(after)]).toEqual([]);
  });
});
