import { PgliteDatabase } from '../pglite/pglite-database';
import { EVENT_STORE_MIGRATIONS } from '../sql/migrations';
import { migrate } from '../sql/migrator';

let migratedImage: Promise<Blob> | undefined;

/**
 * A fresh, migrated, in-memory PGlite database. Initialising a PGlite data directory takes
 * seconds, so a test file does it once and every database after the first starts from its image.
 */
export async function openMigratedPglite(): Promise<PgliteDatabase> {
  migratedImage ??= (async () => {
    const database = await PgliteDatabase.open();
    try {
      await migrate(database, EVENT_STORE_MIGRATIONS);
      return await database.dumpImage();
    } finally {
      await database.close();
    }
  })();
  return PgliteDatabase.openImage(await migratedImage);
}
