import { DemoSeeder, EVENT_STORE } from '@concordat/application';
import { orkneyDemo } from '@concordat/demo-data';
import type { EventStore, StoredEvent } from '@concordat/event-store';
import { readEverything } from '@concordat/event-store/testing/read-everything';
import { encodeCursor, QueryCounter } from '@concordat/read-models';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql, untilProjectionsCaughtUp, type GraphQLResponse } from '../testing/graphql-client';
import { testToken } from '../testing/test-tokens';

const ORKNEY = 'orkney-cpp';
const SOA = 'soa-orkney-2008-11';
/** A partnership of its own, established by the test's operator after the demo. */
const ELSEWHERE = 'elsewhere-cpp';

const ENTRY = `globalPosition eventId streamId streamRevision eventType schemaVersion data
  partnershipId actor correlationId causationId commandId occurredAt recordedAt previousHash hash`;

const AUDIT_LOG = `query Trail(
  $first: Int, $after: String, $partnershipId: String, $aggregate: AggregateInput,
  $streamId: String, $actor: String, $eventType: String, $eventTypes: [String!],
  $recordedFrom: DateTime, $recordedTo: DateTime, $occurredFrom: DateTime, $occurredTo: DateTime
) {
  auditLog(
    first: $first, after: $after, partnershipId: $partnershipId, aggregate: $aggregate,
    streamId: $streamId, actor: $actor, eventType: $eventType, eventTypes: $eventTypes,
    recordedFrom: $recordedFrom, recordedTo: $recordedTo,
    occurredFrom: $occurredFrom, occurredTo: $occurredTo
  ) {
    edges { cursor node { ${ENTRY} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const HISTORY = `query History($aggregate: AggregateInput!, $first: Int, $after: String) {
  history(aggregate: $aggregate, first: $first, after: $after) {
    edges { cursor node { ${ENTRY} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Entry {
  readonly globalPosition: string;
  readonly streamId: string;
  readonly streamRevision: string;
  readonly partnershipId: string | null;
  readonly [field: string]: unknown;
}

interface Connection {
  readonly edges: { cursor: string; node: Entry }[];
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

type Variables = Record<string, unknown>;

const agreement = { kind: 'AGREEMENT', id: SOA };

/** An entry as the API should show the stored event: times to the millisecond. */
function entryOf(event: StoredEvent): Entry {
  const partnershipId = event.data['partnershipId'];
  return {
    globalPosition: event.globalPosition.toString(),
    eventId: event.id,
    streamId: event.streamId,
    streamRevision: event.streamRevision.toString(),
    eventType: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    partnershipId: typeof partnershipId === 'string' ? partnershipId : null,
    actor: event.metadata.actor,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    commandId: event.metadata.commandId,
    occurredAt: new Date(event.metadata.occurredAt).toISOString(),
    recordedAt: new Date(event.recordedAt).toISOString(),
    previousHash: event.previousHash,
    hash: event.hash,
  };
}

const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.['code'];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(apiBackends)('the audit trail and history over HTTP on %s', (_name, start) => {
  let api: RunningApi;
  let store: EventStore;
  let events: StoredEvent[];
  /** An instant after every demo event was recorded and before the test's own. */
  let afterTheDemo: Date;
  let auditor: string;
  let memberElsewhere: string;

  beforeAll(async () => {
    api = await start();
    store = api.app.get<EventStore>(EVENT_STORE);
    await api.app.get(DemoSeeder).seed(orkneyDemo());
    await pause(50);
    afterTheDemo = new Date();
    await pause(50);
    const established = await graphql(
      api.url,
      `mutation { establishPartnership(input: {
        partnershipId: "${ELSEWHERE}", name: "Elsewhere", councilArea: "Shetland Islands",
        quorum: { minimumMembersPresent: 1, chairMustAttend: false }
      }) { id } }`,
    );
    expect(established.errors).toBeUndefined();
    await untilProjectionsCaughtUp(api.url);
    events = await readEverything(store);
    auditor = await testToken('user:auditor', [{ role: 'auditor' }]);
    memberElsewhere = await testToken('user:elsewhere-member', [
      { role: 'board-member', partnershipId: ELSEWHERE },
    ]);
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
  });

  const auditLog = (variables: Variables, token: string | null = auditor) =>
    graphql<{ auditLog: Connection }>(api.url, AUDIT_LOG, variables, { token });

  const history = (variables: Variables, token: string | null = auditor) =>
    graphql<{ history: Connection }>(api.url, HISTORY, variables, { token });

  /** Every page of a list, in order, `first` entries at a time. */
  async function everyPage(
    ask: (variables: Variables) => Promise<GraphQLResponse<Record<string, Connection>>>,
    field: string,
    variables: Variables,
    first = 100,
  ): Promise<Entry[]> {
    const entries: Entry[] = [];
    let after: string | null = null;
    do {
      const { data, errors } = await ask({ ...variables, first, after });
      expect(errors).toBeUndefined();
      const connection = data![field]!;
      entries.push(...connection.edges.map((edge) => edge.node));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after !== null);
    return entries;
  }

  const positionsOf = (entries: readonly { globalPosition: string }[]) =>
    entries.map((entry) => entry.globalPosition);

  async function storedStream(streamId: string): Promise<StoredEvent[]> {
    const stream: StoredEvent[] = [];
    for await (const event of store.readStream(streamId)) stream.push(event);
    return stream;
  }

  it('shows every event whole, data included, in log order', async () => {
    const all = await everyPage(auditLog, 'auditLog', {});
    expect(all).toEqual(events.map(entryOf));
  });

  const at = (instant: string) => Date.parse(instant);
  const FILTERS: [string, Variables, (event: StoredEvent) => boolean][] = [
    ['partnershipId', { partnershipId: ELSEWHERE }, (e) => e.data['partnershipId'] === ELSEWHERE],
    ['aggregate', { aggregate: agreement }, (e) => e.streamId === `agreement-${SOA}`],
    [
      'streamId',
      { streamId: 'commitment-c-nhs-smoking-cessation' },
      (e) => e.streamId === 'commitment-c-nhs-smoking-cessation',
    ],
    ['actor', { actor: 'user:test-operator' }, (e) => e.metadata.actor === 'user:test-operator'],
    ['eventType', { eventType: 'CommitmentAccepted' }, (e) => e.type === 'CommitmentAccepted'],
    [
      'eventTypes',
      { eventTypes: ['BoardMeetingHeld', 'DecisionRecorded'] },
      (e) => e.type === 'BoardMeetingHeld' || e.type === 'DecisionRecorded',
    ],
    [
      'occurredFrom and occurredTo',
      { occurredFrom: '2009-01-01T00:00:00.000Z', occurredTo: '2010-01-01T00:00:00.000Z' },
      (e) =>
        at(e.metadata.occurredAt) >= at('2009-01-01T00:00:00.000Z') &&
        at(e.metadata.occurredAt) < at('2010-01-01T00:00:00.000Z'),
    ],
    [
      'several at once',
      {
        partnershipId: ORKNEY,
        eventType: 'CommitmentProposed',
        occurredTo: '2009-01-01T00:00:00Z',
      },
      (e) =>
        e.data['partnershipId'] === ORKNEY &&
        e.type === 'CommitmentProposed' &&
        at(e.metadata.occurredAt) < at('2009-01-01T00:00:00Z'),
    ],
  ];

  it.each(FILTERS)('filters by %s, as the store holds them', async (_filter, variables, keeps) => {
    const expected = positionsOf(events.filter(keeps).map(entryOf));
    expect(expected.length).toBeGreaterThan(0);
    expect(positionsOf(await everyPage(auditLog, 'auditLog', variables))).toEqual(expected);
  });

  it('filters by when the store recorded each event, apart from when it happened', async () => {
    const recordedAfter = (e: StoredEvent) => at(e.recordedAt) >= afterTheDemo.getTime();
    const before = await everyPage(auditLog, 'auditLog', { recordedTo: afterTheDemo });
    const after = await everyPage(auditLog, 'auditLog', { recordedFrom: afterTheDemo });

    expect(positionsOf(after)).toEqual(positionsOf(events.filter(recordedAfter).map(entryOf)));
    expect(after.map((entry) => entry.partnershipId)).toEqual([ELSEWHERE]);
    expect(before.length + after.length).toBe(events.length);
  });

  it('pages through a filtered trail without skipping or repeating', async () => {
    const whole = await everyPage(auditLog, 'auditLog', { partnershipId: ORKNEY });
    const paged = await everyPage(auditLog, 'auditLog', { partnershipId: ORKNEY }, 7);
    expect(positionsOf(paged)).toEqual(positionsOf(whole));
  });

  it("gives an agreement's history as the store's stream: revisions, hashes and data", async () => {
    const stream = await storedStream(`agreement-${SOA}`);
    const paged = await everyPage(history, 'history', { aggregate: agreement }, 7);

    expect(stream.length).toBeGreaterThan(7);
    expect(paged).toEqual(stream.map(entryOf));
    expect(paged.map((entry) => entry.streamRevision)).toEqual(stream.map((_, i) => String(i)));
  });

  it.each<[string, string, string, string | null]>([
    ['AGREEMENT', SOA, `agreement-${SOA}`, null],
    ['COMMITMENT', 'c-nhs-smoking-cessation', 'commitment-c-nhs-smoking-cessation', null],
    ['PARTNERSHIP', ORKNEY, `partnership-${ORKNEY}`, null],
    ['MEETING', 'board-2008-04-29', 'meeting-board-2008-04-29', null],
    ['ENGAGEMENT_ACTIVITY', 'isles-roadshow-2009', 'engagement-isles-roadshow-2009', null],
    ['FRAMEWORK_VERSION', 'npf-2007', 'framework-version-npf-2007', null],
    [
      'INDICATOR_OBSERVATIONS',
      'ind-employment-rate',
      `indicator-observations-${SOA}-ind-employment-rate`,
      SOA,
    ],
  ])('finds the history of %s %s in stream %s', async (kind, id, streamId, agreementId) => {
    const stream = await storedStream(streamId);
    const entries = await everyPage(history, 'history', { aggregate: { kind, id, agreementId } });
    expect(stream.length).toBeGreaterThan(0);
    expect(entries).toEqual(stream.map(entryOf));
  });

  it('answers NOT_FOUND for an aggregate with no events', async () => {
    const answer = await history({ aggregate: { kind: 'AGREEMENT', id: 'no-such-agreement' } });
    expect(codeOf(answer)).toBe('NOT_FOUND');
    expect(answer.errors?.[0]?.message).toBe('stream agreement-no-such-agreement was not found');
  });

  it("hides another partnership's history and trail from a member, as if absent", async () => {
    const answer = await history({ aggregate: agreement }, memberElsewhere);
    const ofOrkney = await everyPage(
      (variables) => auditLog(variables, memberElsewhere),
      'auditLog',
      { partnershipId: ORKNEY },
    );
    const ofTheAgreement = await everyPage(
      (variables) => auditLog(variables, memberElsewhere),
      'auditLog',
      { aggregate: agreement },
    );
    const everything = await everyPage(
      (variables) => auditLog(variables, memberElsewhere),
      'auditLog',
      {},
    );

    expect(codeOf(answer)).toBe('NOT_FOUND');
    expect(answer.errors?.[0]?.message).toBe(`stream agreement-${SOA} was not found`);
    expect(ofOrkney).toEqual([]);
    expect(ofTheAgreement).toEqual([]);
    expect(new Set(everything.map((entry) => entry.partnershipId))).toEqual(
      new Set([ELSEWHERE, null]),
    );
  });

  it('shows a member its own partnership and the national framework', async () => {
    for (const aggregate of [
      { kind: 'PARTNERSHIP', id: ELSEWHERE },
      { kind: 'FRAMEWORK_VERSION', id: 'npf-2007' },
    ]) {
      const { data, errors } = await history({ aggregate }, memberElsewhere);
      expect(errors).toBeUndefined();
      expect(data?.history.edges.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['without a token', null, 'UNAUTHENTICATED'],
    ['holding the public role', 'public', 'FORBIDDEN'],
  ])('refuses the trail and history to the public %s', async (_who, role, code) => {
    const token = role === null ? null : await testToken('user:citizen', [{ role: 'public' }]);
    expect(codeOf(await history({ aggregate: agreement }, token))).toBe(code);
    expect(codeOf(await auditLog({}, token))).toBe(code);
  });

  it.each([
    [
      'an aggregate and a streamId together',
      () => auditLog({ aggregate: agreement, streamId: 'x' }),
    ],
    [
      'indicator observations without their agreement',
      () => history({ aggregate: { kind: 'INDICATOR_OBSERVATIONS', id: 'ind-employment-rate' } }),
    ],
    [
      'an agreementId with another kind',
      () => history({ aggregate: { ...agreement, agreementId: SOA } }),
    ],
    ['an id that is no identifier', () => history({ aggregate: { kind: 'MEETING', id: ' ' } })],
    [
      'a cursor that holds no revision',
      () => history({ aggregate: agreement, after: encodeCursor(['x']) }),
    ],
  ])('refuses %s with VALIDATION_FAILED', async (_what, ask) => {
    expect(codeOf(await ask())).toBe('VALIDATION_FAILED');
  });

  it('reads a page of the trail or of a history in as many statements, whatever its size', async () => {
    const counter = api.app.get(QueryCounter);
    const statementsFor = async (ask: () => Promise<GraphQLResponse<unknown>>) => {
      const before = counter.count;
      expect((await ask()).errors).toBeUndefined();
      return counter.count - before;
    };

    expect(await statementsFor(() => auditLog({ first: 2 }))).toBe(
      await statementsFor(() => auditLog({ first: 100 })),
    );
    expect(await statementsFor(() => history({ aggregate: agreement, first: 2 }))).toBe(
      await statementsFor(() => history({ aggregate: agreement, first: 100 })),
    );
  });
});
