import { Doorbell } from './doorbell';

const elapsedWhile = async (work: () => Promise<unknown>): Promise<number> => {
  const started = Date.now();
  await work();
  return Date.now() - started;
};

describe('Doorbell', () => {
  it('wakes every sleeper at once when rung, long before their interval', async () => {
    const bell = new Doorbell();
    const elapsed = await elapsedWhile(async () => {
      const sleepers = Promise.all([bell.wait(10_000), bell.wait(10_000)]);
      bell.ring();
      await sleepers;
    });
    expect(elapsed).toBeLessThan(1_000);
  });

  it('lets a sleeper that nobody wakes go when its interval has passed', async () => {
    const bell = new Doorbell();
    expect(await elapsedWhile(() => bell.wait(30))).toBeGreaterThanOrEqual(25);
  });

  it('does not sleep at all when it rang after the loop last looked', async () => {
    const bell = new Doorbell();
    const looked = bell.rings;
    bell.ring();
    expect(await elapsedWhile(() => bell.wait(10_000, looked))).toBeLessThan(1_000);
  });

  it('sleeps through a ring that came before the loop last looked', async () => {
    const bell = new Doorbell();
    bell.ring();
    expect(await elapsedWhile(() => bell.wait(30, bell.rings))).toBeGreaterThanOrEqual(25);
  });
});
