import { randomUUID } from 'node:crypto';
import {
  EVENT_STORE_MIGRATIONS,
  migrate,
  PgliteDatabase,
  PostgresDatabase,
  SqlEventStore,
  verifyStreamChain,
  type EventStore,
  type NewEvent,
  type SqlDatabase,
} from '@concordat/event-store';
import { createPostgresTestDatabase } from '@concordat/event-store/testing/postgres-test-database';
import { readEverything } from '@concordat/event-store/testing/read-everything';
import { ERASED, type JsonObject, type PersonalDataCatalogue } from '@concordat/shared-kernel';
import { PersonalDataWasErased } from './personal-data-keys';
import { PersonalDataProtectingEventStore } from './personal-data-protecting-event-store';
import { SqlPersonalDataKeys } from './sql-personal-data-keys';

const personOf = (data: Readonly<Record<string, unknown>>) =>
  `${String(data['partnershipId'])}/${String(data['personId'])}`;

/** A catalogue of the test's own: the store knows no domain. */
const CATALOGUE: PersonalDataCatalogue = {
  fields: [
    {
      type: 'RepresentativeAppointed',
      sealedFrom: 2,
      fields: ['name', 'contact.email', 'contact.telephone'],
      subjectOf: personOf,
    },
  ],
  erasures: [{ type: 'PersonalDataErased', subjectOf: personOf }],
};

const STREAM = 'partnership-north';

function event(type: string, schemaVersion: number, data: JsonObject): NewEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion,
    data,
    metadata: {
      actor: 'user:officer',
      correlationId: 'personal-data-test',
      causationId: null,
      commandId: null,
      occurredAt: '2012-05-01T09:00:00.000Z',
    },
  };
}

const appointed = (personId: string, name: string, email: string | null) =>
  event('RepresentativeAppointed', 2, {
    partnershipId: 'north',
    partnerId: 'nhs',
    personId,
    name,
    role: 'Director',
    contact: { email, telephone: null },
  });
const erased = (personId: string) =>
  event('PersonalDataErased', 1, { partnershipId: 'north', personId, reason: 'Asked' });

interface Backend {
  readonly sql: SqlDatabase;
  close(): Promise<void>;
}

const backends: Array<[string, () => Promise<Backend>]> = [
  [
    'PostgreSQL',
    async () => {
      const database = await createPostgresTestDatabase();
      const sql = new PostgresDatabase(database.url);
      return {
        sql,
        close: async () => {
          await sql.close();
          await database.drop();
        },
      };
    },
  ],
  [
    'PGlite',
    async () => {
      const sql = await PgliteDatabase.open();
      return { sql, close: () => sql.close() };
    },
  ],
];

describe.each(backends)('personal data in the log on %s', (_name, open) => {
  let backend: Backend;
  let log: EventStore;
  let store: PersonalDataProtectingEventStore;

  beforeEach(async () => {
    backend = await open();
    await migrate(backend.sql, EVENT_STORE_MIGRATIONS);
    log = new SqlEventStore(backend.sql, { pollIntervalMs: 20 });
    store = new PersonalDataProtectingEventStore(
      log,
      new SqlPersonalDataKeys(backend.sql),
      CATALOGUE,
    );
  });

  afterEach(async () => {
    await log.close();
    await backend.close();
  });

  const names = async (from: EventStore) =>
    (await readEverything(from)).map((e) => [e.data['name'], e.data['contact']]);

  it('is sealed in the log and reads in clear through the application store', async () => {
    await store.appendToStream(STREAM, [appointed('dan', 'Dan Groat', 'dan@nhs.example')]);

    const [raw] = await readEverything(log);
    expect(raw?.canonical).not.toMatch(/Groat|nhs\.example/);
    expect(raw?.data['role']).toBe('Director');
    expect(await names(store)).toEqual([
      ['Dan Groat', { email: 'dan@nhs.example', telephone: null }],
    ]);
    const [read] = await store.readAll();
    expect(read?.hash).toBe(raw?.hash);
    const streamed: unknown[] = [];
    for await (const e of store.readStream(STREAM)) streamed.push(e.data['name']);
    expect(streamed).toEqual(['Dan Groat']);
  });

  it('recognises a retried append of the same event, sealed to the same bytes', async () => {
    const appointment = appointed('dan', 'Dan Groat', null);
    const first = await store.appendToStream(STREAM, [appointment], 'no_stream');
    const again = await store.appendToStream(STREAM, [appointment], 'no_stream');
    expect(again).toEqual({ ...first, idempotentReplay: true });
  });

  it('erases one person by destroying their key: the log is unchanged and its chain verifies', async () => {
    await store.appendToStream(STREAM, [
      appointed('dan', 'Dan Groat', 'dan@nhs.example'),
      appointed('eve', 'Eve Rendall', null),
      // Written before names were sealed: in clear in the log, erased in every reading.
      event('RepresentativeAppointed', 1, {
        partnershipId: 'north',
        partnerId: 'vol',
        personId: 'dan',
        name: 'Dan Groat',
        role: 'Volunteer',
      }),
    ]);
    const before = await readEverything(log);

    await store.appendToStream(STREAM, [erased('dan')]);

    const after = await readEverything(log);
    expect(after.slice(0, 3)).toEqual(before);
    expect([...verifyStreamChain(after)]).toEqual([]);
    expect(await names(store)).toEqual([
      [ERASED, { email: ERASED, telephone: ERASED }],
      ['Eve Rendall', { email: null, telephone: null }],
      [ERASED, undefined],
      [undefined, undefined],
    ]);
    await expect(
      store.appendToStream(STREAM, [appointed('dan', 'Dan Groat', null)]),
    ).rejects.toThrow(PersonalDataWasErased);
  });
});
