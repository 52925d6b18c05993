import type { SessionLock } from '@concordat/event-store';
import { CheckpointSchedule, type ScheduledSigning } from './checkpoint-schedule';

/** A lock as a session lock behaves: held until released or until its connection is lost. */
function aLock(): SessionLock & { lose(): void; released: boolean } {
  let held = true;
  return {
    released: false,
    isHeld: () => held,
    lose: () => (held = false),
    async release() {
      held = false;
      this.released = true;
    },
  };
}

/** A signing whose log grows as `growth` says, round by round, and which records what it did. */
function signingWhere(growth: boolean[], locks: (SessionLock | null)[] = [aLock()]) {
  const record = { signed: 0, lockAttempts: 0, growthChecks: 0, errors: [] as unknown[] };
  const signing: ScheduledSigning = {
    intervalMs: 5,
    tryLock: async () => locks[Math.min(record.lockAttempts++, locks.length - 1)] ?? null,
    logHasGrown: async () => growth[Math.min(record.growthChecks++, growth.length - 1)] ?? false,
    sign: async () => void (record.signed += 1),
    onError: (error) => record.errors.push(error),
  };
  return { signing, record };
}

async function rounds(schedule: CheckpointSchedule, count: number): Promise<string[]> {
  const outcomes: string[] = [];
  for (let round = 0; round < count; round += 1) outcomes.push(await schedule.runRound());
  return outcomes;
}

describe('signing checkpoints on a schedule', () => {
  it('signs only in the rounds where the log has grown since the latest checkpoint', async () => {
    const { signing, record } = signingWhere([true, false, false, true]);

    expect(await rounds(new CheckpointSchedule(signing), 4)).toEqual([
      'signed',
      'unchanged',
      'unchanged',
      'signed',
    ]);
    expect(record.signed).toBe(2);
  });

  it('stands by, looking at nothing, while another process holds the lock', async () => {
    const { signing, record } = signingWhere([true], [null, null, aLock()]);

    expect(await rounds(new CheckpointSchedule(signing), 3)).toEqual([
      'standby',
      'standby',
      'signed',
    ]);
    expect(record.growthChecks).toBe(1);
  });

  it('keeps the lock it took, and tries for it again once its connection is lost', async () => {
    const lost = aLock();
    const { signing, record } = signingWhere([false], [lost, null]);
    const schedule = new CheckpointSchedule(signing);

    expect(await rounds(schedule, 2)).toEqual(['unchanged', 'unchanged']);
    expect(record.lockAttempts).toBe(1);
    lost.lose();
    expect(await rounds(schedule, 1)).toEqual(['standby']);
  });

  it('reports a failed round and signs in the next', async () => {
    const { signing, record } = signingWhere([true]);
    const failure = new Error('the database went away');
    const schedule = new CheckpointSchedule({
      ...signing,
      sign: () => (record.errors.length === 0 ? Promise.reject(failure) : signing.sign()),
    });

    expect(await rounds(schedule, 2)).toEqual(['failed', 'signed']);
    expect(record.errors).toEqual([failure]);
  });

  it('runs a round every interval once started, and gives the lock up when stopped', async () => {
    const lock = aLock();
    const { signing, record } = signingWhere([true], [lock]);
    const schedule = new CheckpointSchedule(signing);

    schedule.start();
    while (record.signed < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await schedule.stop();
    const signedWhenStopped = record.signed;
    await new Promise((resolve) => setTimeout(resolve, 30));

    expect(lock.released).toBe(true);
    expect(record.signed).toBe(signedWhenStopped);
  });
});
