import { PostgresDatabase } from '@concordat/event-store';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '@concordat/event-store/testing/postgres-test-database';
import { CheckpointSchedule } from './checkpoint-schedule';

describe('signing on a schedule, with two API processes on one PostgreSQL database', () => {
  let testDatabase: TestDatabase;
  let processes: PostgresDatabase[];

  beforeEach(async () => {
    testDatabase = await createPostgresTestDatabase();
    processes = [new PostgresDatabase(testDatabase.url), new PostgresDatabase(testDatabase.url)];
  });
  afterEach(async () => {
    await Promise.all(processes.map((database) => database.close()));
    await testDatabase.drop();
  });

  /** A schedule in one process whose log always has grown, counting what it signs. */
  function scheduleIn(database: PostgresDatabase, signed: string[], name: string) {
    return new CheckpointSchedule({
      intervalMs: 1_000,
      tryLock: () => database.tryLockForSession('concordat-checkpoint-signer'),
      logHasGrown: async () => true,
      sign: async () => void signed.push(name),
      onError: (error) => {
        throw error;
      },
    });
  }

  it('has one of them sign while the other stands by, until the signer stops', async () => {
    const signed: string[] = [];
    const [first, second] = processes.map((database, index) =>
      scheduleIn(database, signed, `process ${index + 1}`),
    ) as [CheckpointSchedule, CheckpointSchedule];

    expect(await first.runRound()).toBe('signed');
    expect(await second.runRound()).toBe('standby');
    expect(await first.runRound()).toBe('signed');
    await first.stop();
    expect(await second.runRound()).toBe('signed');
    await second.stop();

    expect(signed).toEqual(['process 1', 'process 1', 'process 2']);
  });
});
