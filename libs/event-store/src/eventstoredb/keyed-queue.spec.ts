import { KeyedQueue } from './keyed-queue';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('KeyedQueue', () => {
  it('runs tasks of one key one after another, and other keys meanwhile', async () => {
    const queue = new KeyedQueue();
    const gate = deferred();
    const log: string[] = [];

    const first = queue.run('a', async () => {
      await gate.promise;
      log.push('a1');
    });
    const second = queue.run('a', async () => {
      log.push('a2');
    });
    await queue.run('b', async () => {
      log.push('b1');
    });
    gate.resolve();
    await Promise.all([first, second]);

    expect(log).toEqual(['b1', 'a1', 'a2']);
  });

  it('goes on after a task fails, and hands each caller its own outcome', async () => {
    const queue = new KeyedQueue();

    const failed = queue.run('a', () => Promise.reject(new Error('refused')));
    const next = queue.run('a', async () => 'written');

    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('written');
  });
});
