import { migrate } from '../sql/migrator';
import { EVENT_STORE_MIGRATIONS } from '../sql/migrations';
import type { SqlDatabase } from '../sql/sql-database';
import { SqlEventStore } from '../sql/sql-event-store';
import type { ConformanceSubject } from './conformance-suite';
import { GatedDatabase } from './gated-database';

/** A migrated SQL store with the fault injection the conformance suite asks for. */
export async function sqlConformanceSubject(
  database: SqlDatabase,
  disposeDatabase: () => Promise<void>,
): Promise<ConformanceSubject> {
  const gated = new GatedDatabase(database);
  await migrate(gated, EVENT_STORE_MIGRATIONS);
  const store = new SqlEventStore(gated, { pollIntervalMs: 50 });
  return {
    store,
    holdNextCommit: () => gated.holdNextCommit(),
    // What someone with direct database access could do: switch the guard off and edit a row.
    tamperWithData: async (eventId) => {
      await gated.transaction(async (tx) => {
        await tx.exec('ALTER TABLE concordat_events DISABLE TRIGGER USER');
        await tx.query(
          `UPDATE concordat_events SET data = jsonb_set(data, '{tampered}', 'true')
            WHERE event_id = $1`,
          [eventId],
        );
        await tx.exec('ALTER TABLE concordat_events ENABLE TRIGGER USER');
      });
    },
    dispose: async () => {
      await store.close();
      await gated.close();
      await disposeDatabase();
    },
  };
}
