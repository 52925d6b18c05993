import type { DataSource } from 'typeorm';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import { readEverything } from '@concordat/event-store/testing/read-everything';
import type { SqlQueryable } from '@concordat/event-store';
import { InvalidCursorError } from '../infrastructure/cursor';
import { schemaOf } from '../infrastructure/projection';
import { ProjectionRunner } from '../infrastructure/projection-runner';
import { openReadModelDataSource } from '../infrastructure/read-model-data-source';
import { rebuildProjection } from '../infrastructure/rebuild-projection';
import { schemaDigest } from '../infrastructure/table-digest';
import { applyDirectly } from '../testing/apply-directly';
import { readModelBackends, type ReadModelTestStores } from '../testing/read-model-test-stores';
import { accountabilityMatrix } from './accountability-matrix.queries';
import { COMMITMENT_ENTITIES, CommitmentRow } from './commitments.entities';
import { commitmentsProjection } from './commitments.projection';
import {
  commitmentById,
  commitmentCursor,
  commitmentsByIds,
  flagsOfCommitments,
  listCommitments,
  partiesOfCommitments,
  progressReportsOfCommitments,
  type CommitmentFilter,
  type CommitmentView,
} from './commitments.queries';
import {
  accepted,
  appendCommitmentEvents,
  delivered,
  flagCleared,
  flagged,
  lapsed,
  progressReported,
  proposed,
  proposedV1,
  rejected,
  revised,
  share,
  termsOf,
  withdrawn,
} from './testing/commitment-events';

const WAIT_MS = 10_000;
const PARTNERSHIP = 'p-test';
const AGREEMENT = 'soa-test';
const LO_A = 'lo-a';
const LO_B = 'lo-b';
const about = (commitmentId: string, partnershipId = PARTNERSHIP) => ({
  commitmentId,
  partnershipId,
});
const c = {
  joint: about('c1-joint'),
  police: about('c2-police-v1'),
  rejected: about('c3-rejected'),
  withdrawn: about('c4-withdrawn'),
  lapsed: about('c5-lapsed'),
  reflagged: about('c6-reflagged'),
  elsewhere: about('c7-elsewhere', 'p-other'),
};
const underA = { agreementId: AGREEMENT, localOutcomeId: LO_A };
const underB = { agreementId: AGREEMENT, localOutcomeId: LO_B };
const revisedJointTerms = termsOf(
  [share('council', 200_000, 1.5, 50), share('nhs', 200_000, 2, 50)],
  {
    dueDate: '2011-06-30',
  },
);

/** Six commitments of one partnership, one of another, through every event of the catalogue. */
async function appendStory(stores: ReadModelTestStores): Promise<bigint> {
  const { store } = stores;
  await appendCommitmentEvents(
    store,
    [
      proposed(
        c.joint,
        underA,
        termsOf([share('council', 300_000, 2, 60), share('nhs', 100_000, 1.5, 40)]),
      ),
      proposedV1({
        ...c.police,
        ...underB,
        action: 'Put two more officers on the isles beat',
        resources: {
          partyId: 'police',
          amountPounds: 1250.5,
          fundingStream: 'Police grant',
          staffFte: 2,
        },
        dueDate: '2010-03-31',
        accountableOfficer: { name: 'Alan Harcus', role: 'Area Commander' },
      }),
      proposed(
        c.rejected,
        underA,
        termsOf([share('council', 50_000, 1, 100)], { dueDate: '2010-12-31' }),
      ),
      proposed(c.withdrawn, underA, termsOf([share('nhs', 80_000, 1, 100)])),
      proposed(
        c.lapsed,
        underB,
        termsOf([share('council', 20_000, 0.5, 100)], { dueDate: '2009-03-31' }),
      ),
      proposed(
        c.reflagged,
        underB,
        termsOf([share('nhs', 150_000, 1, 70), share('council', 50_000, 0.5, 30)], {
          dueDate: '2012-03-31',
        }),
      ),
      proposed(
        c.elsewhere,
        { agreementId: 'soa-other', localOutcomeId: 'lo-z' },
        termsOf([share('council', 10_000, 0, 100)]),
      ),
    ],
    '2008-07-01T10:00:00.000Z',
  );
  await appendCommitmentEvents(
    store,
    [
      accepted(c.joint),
      accepted(c.police),
      rejected(c.rejected, 'Too vague to hold anyone to'),
      accepted(c.lapsed),
    ],
    '2008-09-17T09:00:00.000Z',
  );
  await appendCommitmentEvents(
    store,
    [
      progressReported(c.joint, 'on_track', 'Started well', {
        start: '2008-04-01',
        end: '2009-03-31',
      }),
      progressReported(c.police, 'on_track', 'Both officers in post'),
      withdrawn(c.withdrawn, 'nhs', 'The money moved to a national programme'),
    ],
    '2009-04-28T10:00:00.000Z',
  );
  await appendCommitmentEvents(
    store,
    [
      progressReported(c.joint, 'at_risk', 'The contractor withdrew'),
      revised(c.joint, ['parties', 'dueDate'], revisedJointTerms),
      delivered(c.police, '2010-03-26'),
    ],
    '2009-09-30T09:00:00.000Z',
  );
  return appendCommitmentEvents(
    store,
    [
      flagged(c.joint, 'nhs'),
      flagged(c.lapsed, 'council'),
      flagCleared(c.lapsed, 'council'),
      lapsed(c.lapsed, '2009-03-31', '2009-04-01'),
      flagged(c.reflagged, 'nhs'),
      flagCleared(c.reflagged, 'nhs'),
      flagged(c.reflagged, 'nhs'),
    ],
    '2012-03-01T10:00:00.000Z',
  );
}

/** 23 commitments over five due dates, so that pages split runs of equal dates. */
async function appendMany(stores: ReadModelTestStores): Promise<string[]> {
  const dates = ['2010-03-31', '2011-03-31', '2009-12-31', '2012-03-31', '2011-09-30'];
  const events = Array.from({ length: 23 }, (_, index) =>
    proposed(
      about(`m-${String(index).padStart(2, '0')}`, 'p-many'),
      underA,
      termsOf([share('council', 1_000 * index, 0, 100)], { dueDate: dates[index % 5] }),
    ),
  );
  await appendCommitmentEvents(stores.store, events, '2010-01-01T10:00:00.000Z');
  return events
    .map((event) => ({ id: event.data.commitmentId, due: event.data.dueDate }))
    .sort((a, b) => (a.due === b.due ? (a.id < b.id ? -1 : 1) : a.due < b.due ? -1 : 1))
    .map(({ id }) => id);
}

describe.each(readModelBackends)('the commitments read model on %s', (_name, openStores) => {
  let stores: ReadModelTestStores;
  let runner: ProjectionRunner;
  let dataSource: DataSource;
  let manyInOrder: string[];
  const live = schemaOf(commitmentsProjection);
  const digest = (schema = live) => schemaDigest(stores.sql, schema);
  const ids = (items: readonly CommitmentView[]) => items.map((item) => item.commitmentId);
  const list = async (filter: CommitmentFilter) =>
    ids((await listCommitments(dataSource, filter, { first: 100 })).items);

  beforeAll(async () => {
    stores = await openStores();
    await appendStory(stores);
    manyInOrder = await appendMany(stores);
    const last = (await readEverything(stores.store)).at(-1)?.globalPosition ?? -1n;
    runner = new ProjectionRunner(stores.store, stores.sql, [commitmentsProjection], {
      pollIntervalMs: 10,
    });
    runner.start();
    expect(await runner.waitFor(last, WAIT_MS)).toBe(true);
    dataSource = await openReadModelDataSource(stores, stores.databaseUrl, [
      ...COMMITMENT_ENTITIES,
    ]);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await runner?.stop();
    await stores?.close();
  });

  it('shows a revised, flagged commitment with its terms, decisions and latest progress', async () => {
    expect(await commitmentById(dataSource, c.joint.commitmentId)).toEqual({
      commitmentId: 'c1-joint',
      partnershipId: PARTNERSHIP,
      agreementId: AGREEMENT,
      localOutcomeId: LO_A,
      action: 'Do something useful for the outcome',
      leadPartnerId: 'council',
      status: 'accepted',
      dueDate: '2011-06-30',
      accountableOfficer: { name: 'Ann Smith', role: 'Head of Service' },
      resources: {
        money: { minorUnits: 400_000, currency: 'GBP' },
        fundingStream: 'Fairer Scotland Fund',
        staffFte: 3.5,
        inKind: null,
      },
      acceptedBy: {
        meetingId: 'board-2009-06-23',
        decisionId: 'accept-c1-joint',
        decidedOn: '2008-09-16',
      },
      rejection: null,
      withdrawal: null,
      lapsedOn: null,
      delivery: null,
      latestProgress: {
        status: 'at_risk',
        note: 'The contractor withdrew',
        evidenceUrl: 'https://example.org/evidence.pdf',
        periodStart: '2009-04-01',
        periodEnd: '2010-03-31',
        reportedAt: '2009-09-30T09:00:00.000Z',
      },
      lastRevisedBy: {
        meetingId: 'board-2009-06-23',
        decisionId: 'revise-c1-joint',
        decidedOn: '2009-09-29',
        changed: ['parties', 'dueDate'],
        revisions: 1,
      },
      openFlags: 1,
      streamRevision: 5,
      createdAt: '2008-07-01T10:00:00.000Z',
      updatedAt: '2012-03-01T10:00:00.000Z',
    });
    expect(await partiesOfCommitments(dataSource, [c.joint.commitmentId])).toEqual([
      {
        commitmentId: 'c1-joint',
        partnerId: 'council',
        isLead: true,
        money: { minorUnits: 200_000, currency: 'GBP' },
        staffFte: 1.5,
        effortPercent: 50,
      },
      {
        commitmentId: 'c1-joint',
        partnerId: 'nhs',
        isLead: false,
        money: { minorUnits: 200_000, currency: 'GBP' },
        staffFte: 2,
        effortPercent: 50,
      },
    ]);
  });

  it('brings a version 1 proposal up to version 2, and closes commitments every way', async () => {
    const [police, rejectedOne, withdrawnOne, lapsedOne] = await commitmentsByIds(dataSource, [
      c.police.commitmentId,
      c.rejected.commitmentId,
      c.withdrawn.commitmentId,
      c.lapsed.commitmentId,
      'no-such-commitment',
    ]);
    expect(police).toMatchObject({
      status: 'delivered',
      leadPartnerId: 'police',
      resources: {
        money: { minorUnits: 125_050, currency: 'GBP' },
        fundingStream: 'Police grant',
        staffFte: 2,
        inKind: null,
      },
      delivery: {
        deliveredOn: '2010-03-26',
        note: 'Done as promised',
        evidenceUrl: 'https://example.org/closure.pdf',
      },
      latestProgress: { status: 'on_track', evidenceUrl: null },
    });
    expect(rejectedOne).toMatchObject({
      status: 'rejected',
      acceptedBy: null,
      rejection: { decisionId: 'reject-c3-rejected', reason: 'Too vague to hold anyone to' },
    });
    expect(withdrawnOne).toMatchObject({
      status: 'withdrawn',
      withdrawal: {
        partnerId: 'nhs',
        reason: 'The money moved to a national programme',
        withdrawnAt: '2009-04-28T10:00:00.000Z',
      },
    });
    expect(lapsedOne).toMatchObject({ status: 'lapsed', lapsedOn: '2009-04-01', openFlags: 0 });
    expect(await commitmentById(dataSource, 'no-such-commitment')).toBeNull();
    expect(await partiesOfCommitments(dataSource, [c.police.commitmentId])).toEqual([
      expect.objectContaining({
        partnerId: 'police',
        isLead: true,
        money: { minorUnits: 125_050, currency: 'GBP' },
        effortPercent: 100,
      }),
    ]);
  });

  it('answers batch lookups for many commitments at once', async () => {
    const reports = await progressReportsOfCommitments(dataSource, [
      c.joint.commitmentId,
      c.police.commitmentId,
      c.rejected.commitmentId,
    ]);
    expect(reports.map((r) => [r.commitmentId, r.status, r.periodEnd, r.streamRevision])).toEqual([
      ['c1-joint', 'on_track', '2009-03-31', 2],
      ['c1-joint', 'at_risk', '2010-03-31', 3],
      ['c2-police-v1', 'on_track', '2010-03-31', 2],
    ]);
    expect(reports[0]).toMatchObject({
      reportedAt: '2009-04-28T10:00:00.000Z',
      reportedBy: 'user:test-officer',
      evidenceUrl: null,
    });

    const flags = await flagsOfCommitments(dataSource, [
      c.joint.commitmentId,
      c.lapsed.commitmentId,
      c.reflagged.commitmentId,
    ]);
    expect(flags.map((f) => [f.commitmentId, f.partnerId, f.cleared?.decidedOn ?? null])).toEqual([
      ['c1-joint', 'nhs', null],
      ['c5-lapsed', 'council', '2012-03-20'],
      ['c6-reflagged', 'nhs', '2012-03-20'],
      ['c6-reflagged', 'nhs', null],
    ]);
    expect(await commitmentById(dataSource, c.reflagged.commitmentId)).toMatchObject({
      status: 'proposed',
      openFlags: 1,
    });
    expect(await partiesOfCommitments(dataSource, [])).toEqual([]);
    expect(await dataSource.getRepository(CommitmentRow).count()).toBe(7 + manyInOrder.length);
  });

  it('filters by partnership, party, agreement, outcome, status, due date and flags', async () => {
    const inTest = { partnershipId: PARTNERSHIP };
    expect(await list(inTest)).toEqual([
      'c5-lapsed',
      'c2-police-v1',
      'c3-rejected',
      'c4-withdrawn',
      'c1-joint',
      'c6-reflagged',
    ]);
    expect(await list({ ...inTest, partnerId: 'council' })).toEqual([
      'c5-lapsed',
      'c3-rejected',
      'c1-joint',
      'c6-reflagged',
    ]);
    expect(await list({ partnerId: 'nhs' })).toEqual(['c4-withdrawn', 'c1-joint', 'c6-reflagged']);
    expect(await list({ agreementId: 'soa-other' })).toEqual(['c7-elsewhere']);
    expect(await list({ ...inTest, localOutcomeId: LO_B })).toEqual([
      'c5-lapsed',
      'c2-police-v1',
      'c6-reflagged',
    ]);
    expect(await list({ ...inTest, status: 'accepted' })).toEqual(['c1-joint']);
    expect(await list({ ...inTest, status: ['delivered', 'lapsed'] })).toEqual([
      'c5-lapsed',
      'c2-police-v1',
    ]);
    expect(await list({ ...inTest, dueBefore: '2011-03-31' })).toEqual([
      'c5-lapsed',
      'c2-police-v1',
      'c3-rejected',
    ]);
    expect(await list({ ...inTest, dueAfter: '2011-03-31' })).toEqual(['c1-joint', 'c6-reflagged']);
    expect(await list({ ...inTest, dueAfter: '2010-01-01', dueBefore: '2011-01-01' })).toEqual([
      'c2-police-v1',
      'c3-rejected',
    ]);
    expect(await list({ flagged: true })).toEqual(['c1-joint', 'c6-reflagged']);
    expect(await list({ ...inTest, flagged: false })).toEqual([
      'c5-lapsed',
      'c2-police-v1',
      'c3-rejected',
      'c4-withdrawn',
    ]);
    expect(
      await list({ ...inTest, partnerId: 'council', status: ['proposed', 'accepted'] }),
    ).toEqual(['c1-joint', 'c6-reflagged']);
    expect(await list({ partnerId: 'nobody' })).toEqual([]);
  });

  it('pages through a list with first/after, giving each commitment exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await listCommitments(
        dataSource,
        { partnershipId: 'p-many' },
        { first: 4, after },
      );
      pages += 1;
      seen.push(...ids(page.items));
      const last = page.items.at(-1);
      expect(page.endCursor).toBe(last ? commitmentCursor(last) : null);
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(pages).toBe(6);
    expect(seen).toEqual(manyInOrder);

    const filtered = await listCommitments(
      dataSource,
      { partnershipId: 'p-many', dueAfter: '2010-12-31' },
      { first: 5 },
    );
    const next = await listCommitments(
      dataSource,
      { partnershipId: 'p-many', dueAfter: '2010-12-31' },
      { first: 100, after: filtered.endCursor },
    );
    expect([...ids(filtered.items), ...ids(next.items)]).toEqual(
      manyInOrder.filter((id) => Number(id.slice(2)) % 5 !== 0 && Number(id.slice(2)) % 5 !== 2),
    );
    expect(next.hasNextPage).toBe(false);
  });

  it('refuses a cursor it did not give out, and a page size out of bounds', async () => {
    const page = (first: number, after?: string) =>
      listCommitments(dataSource, {}, { first, after });
    await expect(page(10, 'garbage!')).rejects.toThrow(InvalidCursorError);
    await expect(page(10, Buffer.from('["x","y"]').toString('base64url'))).rejects.toThrow(
      InvalidCursorError,
    );
    await expect(page(0)).rejects.toThrow(RangeError);
    await expect(page(101)).rejects.toThrow(RangeError);
    await expect(listCommitments(dataSource, { dueBefore: 'soon' }, { first: 1 })).rejects.toThrow(
      RangeError,
    );
  });

  it('builds the accountability matrix: partner by outcome, pledged and delivered', async () => {
    const cell = (
      minorUnits: number,
      staffFte: number,
    ): { minorUnits: number; currency: string; staffFte: number } => ({
      minorUnits,
      currency: 'GBP',
      staffFte,
    });
    expect(await accountabilityMatrix(dataSource, PARTNERSHIP)).toEqual([
      {
        partnerId: 'council',
        agreementId: AGREEMENT,
        localOutcomeId: LO_A,
        commitments: [
          { commitmentId: 'c3-rejected', status: 'rejected', latestProgress: null },
          { commitmentId: 'c1-joint', status: 'accepted', latestProgress: 'at_risk' },
        ],
        pledged: cell(200_000, 1.5),
        delivered: cell(0, 0),
      },
      {
        partnerId: 'council',
        agreementId: AGREEMENT,
        localOutcomeId: LO_B,
        commitments: [
          { commitmentId: 'c5-lapsed', status: 'lapsed', latestProgress: null },
          { commitmentId: 'c6-reflagged', status: 'proposed', latestProgress: null },
        ],
        pledged: cell(50_000, 0.5),
        delivered: cell(0, 0),
      },
      {
        partnerId: 'nhs',
        agreementId: AGREEMENT,
        localOutcomeId: LO_A,
        commitments: [
          { commitmentId: 'c4-withdrawn', status: 'withdrawn', latestProgress: null },
          { commitmentId: 'c1-joint', status: 'accepted', latestProgress: 'at_risk' },
        ],
        pledged: cell(200_000, 2),
        delivered: cell(0, 0),
      },
      {
        partnerId: 'nhs',
        agreementId: AGREEMENT,
        localOutcomeId: LO_B,
        commitments: [{ commitmentId: 'c6-reflagged', status: 'proposed', latestProgress: null }],
        pledged: cell(150_000, 1),
        delivered: cell(0, 0),
      },
      {
        partnerId: 'police',
        agreementId: AGREEMENT,
        localOutcomeId: LO_B,
        commitments: [
          { commitmentId: 'c2-police-v1', status: 'delivered', latestProgress: 'on_track' },
        ],
        pledged: cell(125_050, 2),
        delivered: cell(125_050, 2),
      },
    ]);
    expect(
      await accountabilityMatrix(dataSource, PARTNERSHIP, { agreementId: 'soa-other' }),
    ).toEqual([]);
    expect(await accountabilityMatrix(dataSource, 'p-other')).toHaveLength(1);
  });

  it('writes nothing for events about a commitment it has never seen', async () => {
    const before = await digest();
    const about = (type: string) =>
      anEvent().ofType(type).withData({ partnershipId: 'orkney', commitmentId: 'never-proposed' });

    const appended = await stores.store.appendToStream('commitment-never-proposed', [
      about('CommitmentProgressReported').build(),
      about('CommitmentAccepted').build(),
    ]);

    expect(await runner.waitFor(appended.positions.at(-1)!, WAIT_MS)).toBe(true);
    expect(runner.status()[0]?.lastError).toBeNull();
    expect(await digest()).toBe(before);
  });

  it('changes nothing when every event is applied twice, and rebuilds to the same rows', async () => {
    const before = await digest();
    const events = await readEverything(stores.store);
    const applyAll = async (tx: SqlQueryable, schema: string, times: number) => {
      await tx.query(`SELECT set_config('search_path', $1, true)`, [`${schema}, public`]);
      await applyDirectly(tx, commitmentsProjection, events, times);
    };

    await stores.sql.transaction((tx) => applyAll(tx, live, 1));
    expect(await digest()).toBe(before);

    const twice = `${live}__twice`;
    await stores.sql.transaction(async (tx) => {
      await tx.exec(`DROP SCHEMA IF EXISTS ${twice} CASCADE; CREATE SCHEMA ${twice}`);
      await tx.query(`SELECT set_config('search_path', $1, true)`, [`${twice}, public`]);
      await tx.exec(commitmentsProjection.ddl);
      await applyAll(tx, twice, 2);
    });
    expect(await digest(twice)).toBe(before);
    await stores.sql.exec(`DROP SCHEMA ${twice} CASCADE`);

    await rebuildProjection(stores.store, stores.sql, commitmentsProjection);
    expect(await digest()).toBe(before);
    expect(await commitmentById(dataSource, c.joint.commitmentId)).toMatchObject({
      status: 'accepted',
      openFlags: 1,
    });
  });
});
