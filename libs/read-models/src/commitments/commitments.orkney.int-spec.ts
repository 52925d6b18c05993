import type { DataSource } from 'typeorm';
import { readEverything } from '@concordat/event-store/testing/read-everything';
import { DemoSeeder, PartnershipCommandMessage } from '@concordat/application';
import { startApplicationOnPostgres } from '@concordat/application/testing/application-test-context';
import { orkneyDemo } from '@concordat/demo-data';
import {
  COMMITMENT,
  LOCAL_OUTCOME,
  PARTNER,
  PARTNERSHIP_ID,
  AGREEMENT_ID,
} from '@concordat/demo-data/orkney/ids';
import type { PartnershipCommand } from '@concordat/domain';
import { aCommand } from '@concordat/domain/testing/command-builder';
import type { EventStore, StoredEvent } from '@concordat/event-store';
import { schemaOf } from '../infrastructure/projection';
import { ProjectionRunner } from '../infrastructure/projection-runner';
import { openReadModelDataSource } from '../infrastructure/read-model-data-source';
import { rebuildProjection } from '../infrastructure/rebuild-projection';
import { schemaDigest } from '../infrastructure/table-digest';
import { readModelBackends, type ReadModelTestStores } from '../testing/read-model-test-stores';
import { accountabilityMatrix } from './accountability-matrix.queries';
import { COMMITMENT_ENTITIES } from './commitments.entities';
import { commitmentsProjection } from './commitments.projection';
import {
  commitmentById,
  listCommitments,
  partiesOfCommitments,
  progressReportsOfCommitments,
  type CommitmentView,
} from './commitments.queries';
import { systemPrincipal } from '@concordat/access-control';

const OPERATOR = systemPrincipal('system:test');

const WAIT_MS = 20_000;

/**
 * The Orkney story through the application's command bus on PostgreSQL, then the third sector
 * interface leaving the partnership in March 2012 (which flags its open commitments).
 */
async function orkneyEvents(): Promise<StoredEvent[]> {
  const context = await startApplicationOnPostgres();
  try {
    await context.app.get(DemoSeeder).seed(orkneyDemo());
    const withdraw = aCommand<PartnershipCommand>(
      'WithdrawPartner',
      {
        partnershipId: PARTNERSHIP_ID,
        partnerId: PARTNER.thirdSector,
        reason: 'Merged into a new islands third sector interface',
      },
      { issuedAt: '2012-03-01T10:00:00.000Z' },
    );
    await context.commandBus.execute(new PartnershipCommandMessage(withdraw, OPERATOR));
    return await readEverything(context.store);
  } finally {
    await context.close();
  }
}

/** Copies the log into another store event by event, in global order, keeping ids and metadata. */
async function copyInto(store: EventStore, events: readonly StoredEvent[]): Promise<bigint> {
  let last = -1n;
  for (const event of events) {
    const { id, type, schemaVersion, data, metadata } = event;
    const expected = event.streamRevision === 0n ? 'no_stream' : event.streamRevision - 1n;
    const result = await store.appendToStream(
      event.streamId,
      [{ id, type, schemaVersion, data, metadata }],
      expected,
    );
    last = result.positions.at(-1) ?? last;
  }
  return last;
}

describe('the commitments read model over the Orkney demo', () => {
  let demo: StoredEvent[];

  beforeAll(async () => {
    demo = await orkneyEvents();
  }, 180_000);

  describe.each(readModelBackends)('copied to %s', (_name, openStores) => {
    let stores: ReadModelTestStores;
    let runner: ProjectionRunner;
    let dataSource: DataSource;
    const orkney = { partnershipId: PARTNERSHIP_ID };

    beforeAll(async () => {
      stores = await openStores();
      const last = await copyInto(stores.store, demo);
      runner = new ProjectionRunner(stores.store, stores.sql, [commitmentsProjection], {
        pollIntervalMs: 10,
      });
      runner.start();
      expect(await runner.waitFor(last, WAIT_MS)).toBe(true);
      dataSource = await openReadModelDataSource(stores, stores.databaseUrl, [
        ...COMMITMENT_ENTITIES,
      ]);
    }, 120_000);

    afterAll(async () => {
      await dataSource?.destroy();
      await runner?.stop();
      await stores?.close();
    });

    const all = async (): Promise<CommitmentView[]> => [
      ...(await listCommitments(dataSource, orkney, { first: 100 })).items,
    ];

    it('shows every commitment of the story with the status it ended in', async () => {
      const statuses = Object.fromEntries(
        (await all()).map((item) => [item.commitmentId, item.status]),
      );
      expect(statuses).toEqual({
        [COMMITMENT.smokingCessation]: 'delivered',
        [COMMITMENT.jointSupportServices]: 'delivered',
        [COMMITMENT.growthBusinesses]: 'delivered',
        [COMMITMENT.schoolCollege]: 'delivered',
        [COMMITMENT.volunteerTransport]: 'accepted',
        [COMMITMENT.promoteOrkney]: 'rejected',
        [COMMITMENT.ferryReview]: 'withdrawn',
        [COMMITMENT.homeFireSafety]: 'delivered',
        [COMMITMENT.islesServicePoints]: 'accepted',
        [COMMITMENT.warmHomes]: 'accepted',
      });
    });

    it('keeps the revised terms of the joint working project, and its history', async () => {
      const joint = await commitmentById(dataSource, COMMITMENT.jointSupportServices);
      expect(joint).toMatchObject({
        agreementId: AGREEMENT_ID,
        localOutcomeId: LOCAL_OUTCOME.sharedServices,
        leadPartnerId: PARTNER.council,
        dueDate: '2011-03-31',
        resources: { money: { minorUnits: 24_000_000, currency: 'GBP' }, staffFte: 2.5 },
        acceptedBy: {
          meetingId: 'board-2008-09-16',
          decisionId: 'accept-health-and-joint-working',
        },
        lastRevisedBy: {
          meetingId: 'board-2009-09-29',
          decisionId: 'revise-joint-working',
          changed: ['parties', 'dueDate'],
          revisions: 1,
        },
        delivery: { deliveredOn: '2011-03-31' },
        latestProgress: { status: 'on_track', periodEnd: '2010-03-31' },
        openFlags: 0,
      });
      expect(
        (await partiesOfCommitments(dataSource, [COMMITMENT.jointSupportServices])).map((p) => [
          p.partnerId,
          p.money.minorUnits,
          p.staffFte,
          p.effortPercent,
        ]),
      ).toEqual([
        [PARTNER.council, 14_000_000, 1.25, 50],
        [PARTNER.nhs, 10_000_000, 1.25, 50],
      ]);
      const reports = await progressReportsOfCommitments(dataSource, [
        COMMITMENT.jointSupportServices,
        COMMITMENT.warmHomes,
      ]);
      expect(reports.map((report) => [report.commitmentId, report.status])).toEqual([
        [COMMITMENT.warmHomes, 'on_track'],
        [COMMITMENT.warmHomes, 'on_track'],
        [COMMITMENT.warmHomes, 'on_track'],
        [COMMITMENT.jointSupportServices, 'at_risk'],
        [COMMITMENT.jointSupportServices, 'off_track'],
        [COMMITMENT.jointSupportServices, 'on_track'],
      ]);
    });

    it('flags for the board the open commitments of the partner that left', async () => {
      const flagged = await listCommitments(
        dataSource,
        { ...orkney, flagged: true },
        { first: 10 },
      );
      expect(flagged.items.map((item) => item.commitmentId).sort()).toEqual(
        [COMMITMENT.volunteerTransport, COMMITMENT.warmHomes].sort(),
      );
      const ofThirdSector = await listCommitments(
        dataSource,
        { ...orkney, partnerId: PARTNER.thirdSector },
        { first: 10 },
      );
      expect(ofThirdSector.items.map((item) => item.commitmentId).sort()).toEqual(
        [COMMITMENT.volunteerTransport, COMMITMENT.warmHomes].sort(),
      );
      const slipping = (await all()).filter((item) => item.latestProgress?.status === 'at_risk');
      expect(slipping.map((item) => item.commitmentId).sort()).toEqual(
        [COMMITMENT.smokingCessation, COMMITMENT.ferryReview, COMMITMENT.islesServicePoints].sort(),
      );
    });

    it('pages through the story three at a time in due-date order', async () => {
      const seen: CommitmentView[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await listCommitments(dataSource, orkney, { first: 3, after });
        seen.push(...page.items);
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
      expect(seen.map((item) => item.commitmentId)).toEqual(
        (await all()).map((item) => item.commitmentId),
      );
      expect(new Set(seen.map((item) => item.commitmentId)).size).toBe(10);
      const keys = seen.map((item) => `${item.dueDate} ${item.commitmentId}`);
      expect(keys).toEqual([...keys].sort());
    });

    it('sums what each partner pledged to, and delivered for, each outcome', async () => {
      const matrix = await accountabilityMatrix(dataSource, PARTNERSHIP_ID);
      const rows = matrix.map((cell) => [
        cell.partnerId,
        cell.localOutcomeId,
        cell.commitments.map((commitment) => commitment.status).join(','),
        cell.pledged.minorUnits,
        cell.pledged.staffFte,
        cell.delivered.minorUnits,
        cell.delivered.staffFte,
      ]);
      expect(rows).toEqual([
        [PARTNER.fire, LOCAL_OUTCOME.safer, 'delivered', 3_000_000, 2, 3_000_000, 2],
        [PARTNER.hie, LOCAL_OUTCOME.economy, 'delivered', 120_000_000, 3, 120_000_000, 3],
        [
          PARTNER.nhs,
          LOCAL_OUTCOME.sharedServices,
          'delivered',
          10_000_000,
          1.25,
          10_000_000,
          1.25,
        ],
        [PARTNER.nhs, LOCAL_OUTCOME.smokeFree, 'delivered', 8_500_000, 2, 8_500_000, 2],
        [PARTNER.college, LOCAL_OUTCOME.youngPeople, 'delivered', 6_000_000, 1.5, 6_000_000, 1.5],
        [PARTNER.council, LOCAL_OUTCOME.economy, 'rejected', 0, 0, 0, 0],
        [PARTNER.council, LOCAL_OUTCOME.islesServices, 'accepted', 18_000_000, 3, 0, 0],
        [
          PARTNER.council,
          LOCAL_OUTCOME.sharedServices,
          'delivered',
          14_000_000,
          1.25,
          14_000_000,
          1.25,
        ],
        [PARTNER.council, LOCAL_OUTCOME.warmHomes, 'accepted', 40_000_000, 1, 0, 0],
        [PARTNER.government, LOCAL_OUTCOME.islesServices, 'withdrawn', 0, 0, 0, 0],
        [PARTNER.thirdSector, LOCAL_OUTCOME.islesServices, 'accepted', 4_500_000, 1, 0, 0],
        [PARTNER.thirdSector, LOCAL_OUTCOME.warmHomes, 'accepted', 0, 2, 0, 0],
      ]);
      expect(matrix.every((cell) => cell.pledged.currency === 'GBP')).toBe(true);
      expect(matrix.every((cell) => cell.agreementId === AGREEMENT_ID)).toBe(true);
      expect(
        matrix.find(
          (cell) =>
            cell.partnerId === PARTNER.council &&
            cell.localOutcomeId === LOCAL_OUTCOME.islesServices,
        )?.commitments,
      ).toEqual([
        {
          commitmentId: COMMITMENT.islesServicePoints,
          status: 'accepted',
          latestProgress: 'at_risk',
        },
      ]);
    });

    it('rebuilds to exactly the rows the live run wrote', async () => {
      const live = await schemaDigest(stores.sql, schemaOf(commitmentsProjection));
      await rebuildProjection(stores.store, stores.sql, commitmentsProjection);
      expect(await schemaDigest(stores.sql, schemaOf(commitmentsProjection))).toBe(live);
    });
  });
});
