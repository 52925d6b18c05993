import fc from 'fast-check';
import type { StoredEvent } from '@concordat/event-store';
import { readEverything } from '@concordat/event-store/testing/read-everything';
import { schemaOf } from '../infrastructure/projection';
import { schemaDigest } from '../infrastructure/table-digest';
import { applyDirectly } from '../testing/apply-directly';
import { readModelBackends, type ReadModelTestStores } from '../testing/read-model-test-stores';
import { commitmentsProjection } from './commitments.projection';
import {
  accepted,
  appendCommitmentEvents,
  delivered,
  progressReported,
  proposed,
  share,
  termsOf,
} from './testing/commitment-events';

const about = (commitmentId: string) => ({ commitmentId, partnershipId: 'p-test' });
const COMMITMENTS = [about('c-reports-1'), about('c-reports-2')];
const REPORTS_EACH = 6;
const STATUSES = ['on_track', 'at_risk', 'off_track'] as const;

/**
 * Progress reports are written a run at a time (`commitment-progress-reports.ts`). Whatever the
 * order the reports arrive in, repeats included, and wherever other events of the same commitment
 * fall among them, one batch must leave exactly the rows that applying each event on its own does.
 */
describe.each(readModelBackends)('progress reports written a run at a time on %s', (_, open) => {
  let stores: ReadModelTestStores;
  let proposals: StoredEvent[];
  let reports: StoredEvent[];
  let closings: StoredEvent[];
  const schema = (copy: string) => `${schemaOf(commitmentsProjection)}__${copy}`;

  beforeAll(async () => {
    stores = await open();
    const where = { agreementId: 'soa-test', localOutcomeId: 'lo-a' };
    for (const commitment of COMMITMENTS) {
      await appendCommitmentEvents(stores.store, [
        proposed(commitment, where, termsOf([share('council', 100_000, 1, 100)])),
        accepted(commitment),
        ...Array.from({ length: REPORTS_EACH }, (_, index) =>
          progressReported(commitment, STATUSES[index % 3]!, `report ${index}`),
        ),
        delivered(commitment, '2011-03-31'),
      ]);
    }
    const events = await readEverything(stores.store);
    const ofType = (type: string) => events.filter((event) => event.type === type);
    proposals = ofType('CommitmentProposed');
    reports = [...ofType('CommitmentAccepted'), ...ofType('CommitmentProgressReported')];
    closings = ofType('CommitmentDelivered');
  });

  afterAll(async () => {
    await stores?.close();
  });

  /** A fresh copy of the read model, with `events` applied in batches of the given sizes. */
  async function digestAfter(copy: string, events: readonly StoredEvent[], batch: number) {
    const target = schema(copy);
    await stores.sql.transaction(async (tx) => {
      await tx.exec(`DROP SCHEMA IF EXISTS ${target} CASCADE; CREATE SCHEMA ${target}`);
      await tx.query(`SELECT set_config('search_path', $1, true)`, [`${target}, public`]);
      await tx.exec(commitmentsProjection.ddl);
      for (let start = 0; start < events.length; start += batch) {
        await applyDirectly(tx, commitmentsProjection, events.slice(start, start + batch));
      }
    });
    const digest = await schemaDigest(stores.sql, target);
    await stores.sql.exec(`DROP SCHEMA ${target} CASCADE`);
    return digest;
  }

  it('leaves the same rows as applying each event on its own, whatever the order', async () => {
    const middle = [...reports, ...closings];
    const arrivals = fc
      .array(fc.constantFrom(...middle.keys()), { minLength: 1, maxLength: 24 })
      .map((indexes) => indexes.map((index) => middle[index]!));

    await fc.assert(
      fc.asyncProperty(arrivals, async (events) => {
        const all = [...proposals, ...events];
        const batched = await digestAfter('batched', all, all.length);
        const oneByOne = await digestAfter('one_by_one', all, 1);
        expect(batched).toBe(oneByOne);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps every report of an ordered run, and the last as the latest progress', async () => {
    const inOrder = [...proposals, ...reports];
    const digest = await digestAfter('ordered', inOrder, inOrder.length);
    expect(digest).toBe(await digestAfter('ordered_singly', inOrder, 1));

    const target = schema('kept');
    const rows = await stores.sql.transaction(async (tx) => {
      await tx.exec(`DROP SCHEMA IF EXISTS ${target} CASCADE; CREATE SCHEMA ${target}`);
      await tx.query(`SELECT set_config('search_path', $1, true)`, [`${target}, public`]);
      await tx.exec(commitmentsProjection.ddl);
      await applyDirectly(tx, commitmentsProjection, inOrder);
      return tx.query<{ commitment_id: string; reports: number; latest: string }>(
        `SELECT c.commitment_id, c.latest_progress_note AS latest,
                (SELECT count(*)::int FROM commitment_progress_reports r
                  WHERE r.commitment_id = c.commitment_id) AS reports
           FROM commitments c ORDER BY c.commitment_id`,
      );
    });
    await stores.sql.exec(`DROP SCHEMA ${target} CASCADE`);
    expect(rows).toEqual(
      COMMITMENTS.map(({ commitmentId }) => ({
        commitment_id: commitmentId,
        reports: REPORTS_EACH,
        latest: `report ${REPORTS_EACH - 1}`,
      })),
    );
  });
});
