import { PERSONAL_DATA } from '@concordat/domain';
import type { EventStore, OpenedStores } from '@concordat/event-store';
import { PersonalDataProtectingEventStore, SqlPersonalDataKeys } from '@concordat/personal-data';

/**
 * The store everything but the integrity checks works with: personal data sealed in, opened out.
 * Keys live in the SQL database, whichever store holds the events.
 */
export function protectPersonalData(stores: Pick<OpenedStores, 'eventStore' | 'sql'>): EventStore {
  return new PersonalDataProtectingEventStore(
    stores.eventStore,
    new SqlPersonalDataKeys(stores.sql),
    PERSONAL_DATA,
  );
}
