import { randomBytes } from 'node:crypto';
import type { SqlQueryable } from '@concordat/event-store';
import { PERSONAL_KEY_BYTES } from './personal-data-cipher';
import {
  PersonalDataWasErased,
  type PersonalDataKeys,
  type SubjectKeys,
} from './personal-data-keys';

interface KeyRow {
  readonly subject: string;
  readonly key: string | null;
}

/** Keys in the `personal_data_keys` table beside the log (migration 3), on PostgreSQL or PGlite. */
export class SqlPersonalDataKeys implements PersonalDataKeys {
  constructor(private readonly sql: SqlQueryable) {}

  async keyFor(subject: string): Promise<Buffer> {
    const fresh = randomBytes(PERSONAL_KEY_BYTES).toString('base64');
    // Two writers making the first key for one subject at once both read the winner's.
    await this.sql.query(
      `INSERT INTO personal_data_keys (subject, key) VALUES ($1, $2) ON CONFLICT (subject) DO NOTHING`,
      [subject, fresh],
    );
    const [row] = await this.sql.query<KeyRow>(
      'SELECT subject, key FROM personal_data_keys WHERE subject = $1',
      [subject],
    );
    if (!row?.key) throw new PersonalDataWasErased(subject);
    return Buffer.from(row.key, 'base64');
  }

  async keysOf(subjects: readonly string[]): Promise<SubjectKeys> {
    if (subjects.length === 0) return new Map();
    const rows = await this.sql.query<KeyRow>(
      'SELECT subject, key FROM personal_data_keys WHERE subject = ANY($1::text[])',
      [[...new Set(subjects)]],
    );
    return new Map(
      rows.map((row) => [row.subject, row.key === null ? null : Buffer.from(row.key, 'base64')]),
    );
  }

  async destroy(subject: string): Promise<void> {
    await this.sql.query(
      `INSERT INTO personal_data_keys (subject, key, destroyed_at) VALUES ($1, NULL, now())
       ON CONFLICT (subject) DO UPDATE
         SET key = NULL, destroyed_at = COALESCE(personal_data_keys.destroyed_at, now())`,
      [subject],
    );
  }
}
