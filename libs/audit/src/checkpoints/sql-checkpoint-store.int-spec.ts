import { EVENT_STORE_MIGRATIONS, migrate, PostgresDatabase } from '@concordat/event-store';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '@concordat/event-store/testing/postgres-test-database';
import { generateSigningKeyPair, signCheckpoint, verifyCheckpoint } from '@concordat/integrity';
import { CheckpointRefused } from './checkpoint-refused';
import type { StoredCheckpoint } from './checkpoint-store';
import { SqlCheckpointStore } from './sql-checkpoint-store';

const key = generateSigningKeyPair();
const checkpoint = (treeSize: number, lastPosition: bigint): StoredCheckpoint => ({
  ...signCheckpoint(
    { treeSize: String(treeSize), rootHash: 'ab'.repeat(32), issuedAt: '2013-04-01T09:30:00.123Z' },
    key.privateKeyPem,
  ),
  lastPosition,
});

// The embedded store runs the same SQL; the CLI's tests sign and verify checkpoints on it.
describe('checkpoints kept in SQL', () => {
  let testDatabase: TestDatabase;
  let database: PostgresDatabase;
  let store: SqlCheckpointStore;
  beforeEach(async () => {
    testDatabase = await createPostgresTestDatabase();
    database = new PostgresDatabase(testDatabase.url);
    await migrate(database, EVENT_STORE_MIGRATIONS);
    store = new SqlCheckpointStore(database);
  });
  afterEach(async () => {
    await database.close();
    await testDatabase.drop();
  });

  it('read back exactly as signed, smallest tree first', async () => {
    const later = checkpoint(300, 9_000_000_000_000n);
    const earlier = checkpoint(100, 4_000_000_000_000n);
    await store.append(later);
    await store.append(earlier);

    expect(await store.list()).toEqual([earlier, later]);
    expect(await store.latest()).toEqual(later);
    expect(verifyCheckpoint((await store.latest())!, key.publicKeyPem)).toEqual({ valid: true });
  });

  it('have no latest while there is none', async () => {
    expect(await store.list()).toEqual([]);
    expect(await store.latest()).toBeUndefined();
  });

  it('refuse a second checkpoint of the same tree size', async () => {
    await store.append(checkpoint(100, 40n));

    await expect(store.append(checkpoint(100, 41n))).rejects.toThrow(
      new CheckpointRefused('a checkpoint of tree size 100 exists'),
    );
  });

  it('cannot be changed or removed once written', async () => {
    await store.append(checkpoint(100, 40n));

    for (const statement of [
      `UPDATE integrity_checkpoints SET root_hash = '${'cd'.repeat(32)}'`,
      'DELETE FROM integrity_checkpoints',
      'TRUNCATE integrity_checkpoints',
    ]) {
      await expect(database.query(statement)).rejects.toThrow(
        /integrity_checkpoints is append-only: (UPDATE|DELETE|TRUNCATE) refused/,
      );
    }
    expect(await store.list()).toHaveLength(1);
  });
});
