import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One process at a time may open an embedded store: two would corrupt it. The lock is a file
 * naming the owner's pid; a lock whose process has died is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = join(dataDir, 'concordat.lock');
  const release = () => rm(file, { force: true });
  // Creating the file exclusively is the lock: of two processes starting together, one wins.
  const created = await writeFile(file, String(process.pid), { flag: 'wx' }).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  );
  if (created) return release;
  const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `the embedded store in ${dataDir} is open in process ${owner}; stop it first, or use PostgreSQL (DATABASE_URL) to share one store`,
    );
  }
  await writeFile(file, String(process.pid));
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
