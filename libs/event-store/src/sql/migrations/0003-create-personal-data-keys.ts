import type { Migration } from './migration';

/**
 * One key per person whose personal data the log holds sealed. Unlike everything else here, a key
 * is meant to be destroyed: erasing a person sets their key to NULL and keeps the row as a
 * tombstone, so no later write can quietly make them a new key. Keys are base64 text, read back
 * the same by every driver.
 */
export const createPersonalDataKeys: Migration = {
  version: 3,
  name: 'create-personal-data-keys',
  sql: `
    CREATE TABLE personal_data_keys (
      subject text PRIMARY KEY,
      key text,
      created_at timestamptz NOT NULL DEFAULT now(),
      destroyed_at timestamptz,
      CHECK ((key IS NULL) = (destroyed_at IS NOT NULL))
    );
  `,
};
